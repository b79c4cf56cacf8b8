package dev.pims.inspection.internal;

import dev.pims.audit.AccessTask;
import dev.pims.inspection.ActorCounts;
import dev.pims.inspection.InspectionFlagView;
import dev.pims.inspection.InspectionReportView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The inspection report as CSV: a heading block, the per-actor counts, then the flags with their reviews. */
final class ReportCsv {

    private ReportCsv() {
    }

    static byte[] of(InspectionReportView report) {
        StringBuilder csv = new StringBuilder();
        line(csv, "REPORT", report.getPeriod(), report.getZone(), String.valueOf(report.getCreatedAt()),
                report.getCreatedBy(), report.getSettings());
        line(csv, "SIGNED_OFF", text(report.getSignedOffAt()), report.getSignedOffBy(), report.getSignOffNote());
        List<String> header = new ArrayList<>(List.of("ACTOR_ID"));
        for (AccessTask task : AccessTask.values()) {
            header.add(task.name());
        }
        header.add("TOTAL");
        line(csv, header.toArray(String[]::new));
        for (ActorCounts actor : report.getCounts()) {
            List<String> row = new ArrayList<>(List.of(actor.getActorId()));
            for (AccessTask task : AccessTask.values()) {
                row.add(String.valueOf(actor.getByTask().get(task)));
            }
            row.add(String.valueOf(actor.getTotal()));
            line(csv, row.toArray(String[]::new));
        }
        line(csv, "FLAG_ID", "KIND", "ACTOR_ID", "DAY", "OBSERVED", "RECORD_ID", "DETAIL", "REVIEWED_AT",
                "REVIEWED_BY", "REVIEW_NOTE");
        for (InspectionFlagView flag : report.getFlags()) {
            line(csv, String.valueOf(flag.getId()), flag.getKind().name(), flag.getActorId(),
                    flag.getDay().toString(), String.valueOf(flag.getObserved()), text(flag.getRecordId()),
                    flag.getDetail(), text(flag.getReviewedAt()), flag.getReviewedBy(), flag.getReviewNote());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void line(StringBuilder csv, String... fields) {
        List<String> quoted = new ArrayList<>();
        for (String field : fields) {
            quoted.add(field(field));
        }
        csv.append(String.join(",", quoted)).append("\r\n");
    }

    /** Quoted when needed; typed text a spreadsheet would take for a formula gets a leading apostrophe. */
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
