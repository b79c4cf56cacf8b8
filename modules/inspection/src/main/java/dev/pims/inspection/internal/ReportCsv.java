package dev.pims.inspection.internal;

import dev.pims.audit.AccessTask;
import dev.pims.inspection.ActorCounts;
import dev.pims.inspection.InspectionFlagView;
import dev.pims.inspection.InspectionReportView;
import dev.pims.shared.CsvText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The inspection report as CSV: a heading block, the per-actor counts, then the flags with their reviews. */
final class ReportCsv {

    private ReportCsv() {}

    static byte[] of(InspectionReportView report) {
        CsvText csv = new CsvText();
        csv.line(
                "REPORT",
                report.period(),
                report.zone(),
                String.valueOf(report.createdAt()),
                report.createdBy(),
                report.settings());
        csv.line("SIGNED_OFF", text(report.signedOffAt()), report.signedOffBy(), report.signOffNote());
        List<String> header = new ArrayList<>(List.of("ACTOR_ID"));
        for (AccessTask task : AccessTask.values()) {
            header.add(task.name());
        }
        header.add("TOTAL");
        csv.line(header.toArray(String[]::new));
        for (ActorCounts actor : report.counts()) {
            List<String> row = new ArrayList<>(List.of(actor.actorId()));
            for (AccessTask task : AccessTask.values()) {
                row.add(String.valueOf(actor.byTask().get(task)));
            }
            row.add(String.valueOf(actor.total()));
            csv.line(row.toArray(String[]::new));
        }
        csv.line(
                "FLAG_ID",
                "KIND",
                "ACTOR_ID",
                "DAY",
                "OBSERVED",
                "RECORD_ID",
                "DETAIL",
                "REVIEWED_AT",
                "REVIEWED_BY",
                "REVIEW_NOTE");
        for (InspectionFlagView flag : report.flags()) {
            csv.line(
                    String.valueOf(flag.id()),
                    flag.kind().name(),
                    flag.actorId(),
                    flag.day().toString(),
                    String.valueOf(flag.observed()),
                    text(flag.recordId()),
                    flag.detail(),
                    text(flag.reviewedAt()),
                    flag.reviewedBy(),
                    flag.reviewNote());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
