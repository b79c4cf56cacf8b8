package dev.pims.audit.internal;

import dev.pims.audit.AccessLogEntry;
import dev.pims.shared.CsvText;
import java.util.List;

/** The access log as CSV: one line per record, every field, the subjects by id. */
final class AccessLogCsv {

    static final String HEADER = "ID,OCCURRED_AT_UTC,ACTOR_ID,ACTOR_ROLE,CLIENT_IP,TASK,CATEGORIES,OPERATION,OUTCOME,"
            + "REASON,DETAIL,SUBJECT_IDS";

    private AccessLogCsv() {
    }

    static String of(List<AccessLogEntry> entries) {
        CsvText csv = new CsvText().line(HEADER.split(","));
        for (AccessLogEntry entry : entries) {
            csv.line(String.valueOf(entry.getId()), entry.getOccurredAt().toString(), entry.getActorId(),
                    entry.getActorRole().name(), entry.getClientIp(), entry.getTask().name(), entry.getCategories(),
                    entry.getOperation(), entry.getOutcome().name(), entry.getReason(), entry.getDetail(),
                    entry.getSubjects());
        }
        return csv.toString();
    }
}
