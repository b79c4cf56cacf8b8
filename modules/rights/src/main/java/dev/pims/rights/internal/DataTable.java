package dev.pims.rights.internal;

import dev.pims.shared.CsvText;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One part of a member's data as a table: its name (the ZIP's entries {@code name.json} and {@code name.csv}), its
 * columns, and a row per record. The JSON is an array of objects, one per row, with the columns as keys and text or
 * null as values; the CSV has a header line of the columns. An empty part still has its columns, so the format of
 * every file is the same whether the member has such records or not.
 */
record DataTable(String name, List<String> columns, List<List<String>> rows) {

    DataTable {
        columns = List.copyOf(columns);
        rows = rows.stream()
                .map(row -> Collections.unmodifiableList(new ArrayList<>(row)))
                .toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.size() + " fields for " + columns);
            }
        }
    }

    /** A table filled row by row; a value is written as its text, a missing one as null. */
    static Builder of(String name, String... columns) {
        return new Builder(name, List.of(columns));
    }

    String csv() {
        CsvText text = new CsvText().line(columns);
        rows.forEach(text::line);
        return text.toString();
    }

    String json(JsonProvider json) {
        JsonArrayBuilder array = json.createArrayBuilder();
        for (List<String> row : rows) {
            JsonObjectBuilder object = json.createObjectBuilder();
            for (int column = 0; column < columns.size(); column++) {
                String value = row.get(column);
                if (value == null) {
                    object.addNull(columns.get(column));
                } else {
                    object.add(columns.get(column), value);
                }
            }
            array.add(object);
        }
        return array.build().toString();
    }

    static final class Builder {

        private final String name;
        private final List<String> columns;
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(String name, List<String> columns) {
            this.name = name;
            this.columns = columns;
        }

        Builder row(Object... values) {
            List<String> row = new ArrayList<>(values.length);
            for (Object value : values) {
                row.add(Objects.toString(value, null));
            }
            rows.add(row);
            return this;
        }

        DataTable build() {
            return new DataTable(name, columns, rows);
        }
    }
}
