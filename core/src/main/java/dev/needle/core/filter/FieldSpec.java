package dev.needle.core.filter;

import java.util.Objects;

/**
 * A field that filter expressions may name, and the SQL column that holds it.
 *
 * <p>For {@link FieldType#IP} fields the column is the text form of the address, and
 * {@code rangeColumns} names the two BIGINT columns (high and low 64 bits, sign bit flipped so
 * that signed order is unsigned order) used for CIDR matches.
 */
public record FieldSpec(String name, String column, FieldType type, String rangeHighColumn,
        String rangeLowColumn) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
        if (type == FieldType.IP && (rangeHighColumn == null || rangeLowColumn == null)) {
            throw new IllegalArgumentException("IP field '" + name + "' needs range columns");
        }
    }

    /** A text or number field stored in one column. */
    public static FieldSpec of(String name, String column, FieldType type) {
        return new FieldSpec(name, column, type, null, null);
    }
}
