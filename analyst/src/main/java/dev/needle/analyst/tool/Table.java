package dev.needle.analyst.tool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows an answer shows, each a map from column to a text, number or boolean value, in
 * column order. Values come from logs and feeds as they are: whoever displays them escapes them.
 */
public record Table(List<String> columns, List<Map<String, Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    /** A table without rows. */
    public static Table empty() {
        return new Table(List.of(), List.of());
    }

    /** A table of these columns, rows to be added with {@link Builder#row}. */
    public static Builder of(String... columns) {
        return new Builder(List.of(columns));
    }

    /** Collects rows in order. */
    public static final class Builder {

        private final List<String> columns;
        private final List<Map<String, Object>> rows = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = columns;
        }

        /** Adds a row; values are given in column order. */
        public Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("a row of " + values.length
                        + " values for " + columns.size() + " columns");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                row.put(columns.get(i), values[i] == null ? "" : values[i]);
            }
            rows.add(row);
            return this;
        }

        public Table build() {
            return new Table(columns, rows);
        }
    }
}
