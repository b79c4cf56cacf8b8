package dev.pims.shared;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An RFC 4180 CSV text, as every export of PIMS writes it (member data, the access log, inspection reports): a field
 * is quoted when it holds a separator, quote or line break, with its quotes doubled; a field that a spreadsheet would
 * take for a formula (beginning with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so that
 * opening an export runs nothing.
 */
public final class CsvText {

    private static final String LINE_END = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder text = new StringBuilder();

    public CsvText line(String... fields) {
        return line(Arrays.asList(fields));
    }

    public CsvText line(List<String> fields) {
        text.append(fields.stream().map(CsvText::field).collect(Collectors.joining(",")))
                .append(LINE_END);
        return this;
    }

    /** One field as it stands in a line; nothing for a missing value. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
