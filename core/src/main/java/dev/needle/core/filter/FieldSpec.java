package dev.needle.core.filter;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A field that filter expressions may name, and the SQL columns that hold it.
 *
 * <p>For {@link FieldType#IP} fields the column holds the canonical text of the address, and the
 * two range columns hold its high and low 64 bits as BIGINTs with the sign bit flipped (see
 * {@link dev.needle.core.net.IpAddress#sortableHigh()}), which CIDR matches compare.
 *
 * <p>Column names go into SQL text as they are, so they must be plain identifiers, optionally
 * qualified by a table alias ({@code r.path}); the constructor rejects anything else.
 *
 * @param name the name users type, lower case, such as {@code path}
 * @param column the column holding the value
 * @param type how the field compares
 * @param rangeHighColumn for IP fields, the column with the sortable high bits
 * @param rangeLowColumn for IP fields, the column with the sortable low bits
 */
public record FieldSpec(String name, String column, FieldType type,
        Optional<String> rangeHighColumn, Optional<String> rangeLowColumn) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rangeHighColumn, "rangeHighColumn");
        Objects.requireNonNull(rangeLowColumn, "rangeLowColumn");
        if (!isFieldName(name)) {
            throw new IllegalArgumentException("field name '" + name
                    + "' must be lower-case letters, digits, '_' or '-', starting with a letter");
        }
        requireColumn(column);
        rangeHighColumn.ifPresent(FieldSpec::requireColumn);
        rangeLowColumn.ifPresent(FieldSpec::requireColumn);
        boolean hasRange = rangeHighColumn.isPresent() && rangeLowColumn.isPresent();
        if (type == FieldType.IP && !hasRange) {
            throw new IllegalArgumentException("IP field '" + name + "' needs range columns");
        }
        if (type != FieldType.IP && (rangeHighColumn.isPresent() || rangeLowColumn.isPresent())) {
            throw new IllegalArgumentException(type + " field '" + name
                    + "' takes no range columns");
        }
    }

    /** An IP field: its text column and the two sortable BIGINT columns. */
    public FieldSpec(String name, String column, FieldType type, String rangeHighColumn,
            String rangeLowColumn) {
        this(name, column, type, Optional.of(rangeHighColumn), Optional.of(rangeLowColumn));
    }

    /** A text or number field stored in one column. */
    public static FieldSpec of(String name, String column, FieldType type) {
        return new FieldSpec(name, column, type, Optional.empty(), Optional.empty());
    }

    /** The sortable high-bits column of an IP field; fails for other types. */
    String highColumn() {
        return rangeHighColumn.orElseThrow(() -> new IllegalStateException(
                "field '" + name + "' has no range columns"));
    }

    /** The sortable low-bits column of an IP field; fails for other types. */
    String lowColumn() {
        return rangeLowColumn.orElseThrow(() -> new IllegalStateException(
                "field '" + name + "' has no range columns"));
    }

    private static boolean isFieldName(String name) {
        if (name.isEmpty() || !name.equals(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (name.charAt(0) < 'a' || name.charAt(0) > 'z') {
            return false;
        }
        return name.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '_' || c == '-');
    }

    private static void requireColumn(String column) {
        for (String part : column.split("\\.", -1)) {
            if (!isIdentifier(part)) {
                throw new IllegalArgumentException("column '" + column
                        + "' must be an identifier such as ip_hi or r.ip_hi");
            }
        }
        if (column.chars().filter(c -> c == '.').count() > 1) {
            throw new IllegalArgumentException("column '" + column
                    + "' may have at most one qualifier");
        }
    }

    private static boolean isIdentifier(String part) {
        if (part.isEmpty() || Character.isDigit(part.charAt(0))) {
            return false;
        }
        return part.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || c == '_');
    }
}
