package dev.pims.accesslog.internal;

import dev.pims.audit.records.AccessRecord;
import dev.pims.shared.CsvText;
import java.util.List;

/** The access log as CSV: one line per record, every field, the subjects by id. */
final class AccessLogCsv {

    static final String HEADER = "ID,OCCURRED_AT_UTC,ACTOR_ID,ACTOR_ROLE,CLIENT_IP,TASK,CATEGORIES,OPERATION,OUTCOME,"
            + "REASON,DETAIL,SUBJECT_IDS";

    private AccessLogCsv() {}

    static String of(List<AccessRecord> entries) {
        CsvText csv = new CsvText().line(HEADER.split(","));
        for (AccessRecord entry : entries) {
            csv.line(
                    String.valueOf(entry.id()),
                    entry.occurredAt().toString(),
                    entry.actorId(),
                    entry.actorRole().name(),
                    entry.clientIp(),
                    entry.task().name(),
                    entry.categories(),
                    entry.operation(),
                    entry.outcome().name(),
                    entry.reason(),
                    entry.detail(),
                    entry.subjects());
        }
        return csv.toString();
    }
}
