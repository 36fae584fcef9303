package dev.needle.intel.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The Java type of a sort value, and its order. Text orders by code point, which is how both
 * SQLite's binary collation and PostgreSQL's "C" collation order UTF-8 text, so results merged
 * from several stores keep the order each store produced.
 */
public enum SortType {
    LONG,
    DOUBLE,
    TEXT;

    /** Reads a sort value from a column. */
    Object read(ResultSet rs, String column) throws SQLException {
        return switch (this) {
            case LONG -> rs.getLong(column);
            case DOUBLE -> rs.getDouble(column);
            case TEXT -> rs.getString(column);
        };
    }

    /** What an event without the field sorts as: before every real value. */
    Object missing() {
        return switch (this) {
            case LONG -> Long.MIN_VALUE;
            case DOUBLE -> -Double.MAX_VALUE;
            case TEXT -> "";
        };
    }

    /** The SQL type to cast the missing value to. */
    String sqlType() {
        return switch (this) {
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE PRECISION";
            case TEXT -> "TEXT";
        };
    }

    /** Compares two values of this type. */
    public int compare(Object a, Object b) {
        return switch (this) {
            case LONG -> Long.compare((Long) a, (Long) b);
            case DOUBLE -> Double.compare((Double) a, (Double) b);
            case TEXT -> compareCodePoints((String) a, (String) b);
        };
    }

    /** Orders strings by Unicode code point, unlike {@link String#compareTo}'s UTF-16 units. */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
