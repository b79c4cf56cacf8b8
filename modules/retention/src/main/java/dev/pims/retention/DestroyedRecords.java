package dev.pims.retention;

import dev.pims.audit.AccessDetail;
import dev.pims.audit.DataSubjects;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * What one chunk of a rule destroyed: how many records, the range of their clock, and whose they were. As the result of
 * a destruction on the audited road, it names the data subjects of the access record and says what was destroyed
 * (never a value of it).
 *
 * @param oldest the earliest clock among the records, null when none was destroyed
 * @param newest the latest clock among the records, null when none was destroyed
 */
public record DestroyedRecords(
        String rule, long count, LocalDateTime oldest, LocalDateTime newest, List<Long> subjectIds)
        implements DataSubjects, AccessDetail {

    public DestroyedRecords {
        subjectIds = List.copyOf(subjectIds);
    }

    public static DestroyedRecords none(String rule) {
        return new DestroyedRecords(rule, 0, null, null, List.of());
    }

    @Override
    public Collection<Long> dataSubjectIds() {
        return subjectIds;
    }

    @Override
    public String accessDetail() {
        return count == 0
                ? rule + ": nothing due"
                : rule + ": " + count + " records of " + oldest + " to " + newest + " destroyed";
    }
}
