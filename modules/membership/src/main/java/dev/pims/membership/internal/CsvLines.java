package dev.pims.membership.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An RFC 4180 CSV text: every value quoted, quotes doubled, and a value that a spreadsheet would run as a formula
 * (beginning with =, +, -, @) prefixed with an apostrophe, so that an export cannot carry an attack.
 */
final class CsvLines {

    private static final String LINE_END = "\r\n";

    private final StringBuilder text = new StringBuilder();

    void add(List<String> values) {
        text.append(values.stream().map(CsvLines::quoted).collect(Collectors.joining(","))).append(LINE_END);
    }

    static String quoted(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
