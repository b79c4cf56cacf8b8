package dev.pims.inspection.domain;

import java.util.List;
import java.util.Optional;

/** Where inspection reports are kept. Reports are added and signed off, never deleted. */
public interface InspectionReports {

    void add(InspectionReport report);

    Optional<InspectionReport> ofPeriod(String period);

    List<InspectionReport> newestFirst();

    Optional<InspectionFlag> flag(long id);
}
