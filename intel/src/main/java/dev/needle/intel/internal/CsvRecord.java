package dev.needle.intel.internal;

import java.util.List;

/** One CSV record: the line it started on and its fields, unquoted. */
public record CsvRecord(int line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** The field at {@code index}, or an empty string when the record is shorter or the
     * index is negative, as for a column a file does not have. */
    public String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    /** The number of fields. */
    public int size() {
        return fields.size();
    }
}
