package dev.pims.audit.internal;

import dev.pims.audit.AccessLogEntry;
import java.util.List;

/** The access log as CSV: one line per record, every field, the subjects by id. */
final class AccessLogCsv {

    static final String HEADER = "ID,OCCURRED_AT_UTC,ACTOR_ID,ACTOR_ROLE,CLIENT_IP,TASK,CATEGORIES,OPERATION,OUTCOME,"
            + "REASON,DETAIL,SUBJECT_IDS";

    private AccessLogCsv() {
    }

    static String of(List<AccessLogEntry> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (AccessLogEntry entry : entries) {
            csv.append(String.join(",", List.of(String.valueOf(entry.getId()), entry.getOccurredAt().toString(),
                    field(entry.getActorId()), entry.getActorRole().name(), field(entry.getClientIp()),
                    entry.getTask().name(), field(entry.getCategories()), field(entry.getOperation()),
                    entry.getOutcome().name(), field(entry.getReason()), field(entry.getDetail()),
                    entry.getSubjects()))).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Quoted when it holds a separator, quote or line break; a typed text that a spreadsheet would take for a formula
     * gets a leading apostrophe, so that opening the file runs nothing.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
