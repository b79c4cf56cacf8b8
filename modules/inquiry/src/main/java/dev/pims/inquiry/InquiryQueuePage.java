package dev.pims.inquiry;

import dev.pims.audit.AccessDetail;
import dev.pims.audit.DataSubjects;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The privacy officer's queue: open cases first, oldest first among them, then the closed ones, newest first. */
public record InquiryQueuePage(List<InquirySummary> cases) implements DataSubjects, AccessDetail, Serializable {

    public InquiryQueuePage {
        cases = List.copyOf(cases);
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        TreeSet<Long> members = new TreeSet<>();
        cases.stream().map(InquirySummary::memberId).filter(id -> id != null).forEach(members::add);
        return members;
    }

    @Override
    public String accessDetail() {
        return cases.size() + " cases";
    }
}
