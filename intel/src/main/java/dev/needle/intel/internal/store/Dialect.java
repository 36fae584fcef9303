package dev.needle.intel.internal.store;

import dev.needle.intel.service.FieldType;

/** The SQL that differs between SQLite and PostgreSQL; everything else is written once. */
public enum Dialect {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The Flyway location of a dataset store's migrations. */
    public String datasetMigrations() {
        return "classpath:db/intel/dataset/" + folder;
    }

    /**
     * A pattern match that ignores the case of ASCII letters: SQLite's {@code LIKE} does exactly
     * that; PostgreSQL's {@code ILIKE} does too on the "C" collation the columns use. The escape
     * character is {@code !}: a backslash inside a quoted literal would make Jdbi's statement
     * parser miss the parameters that follow it.
     */
    public String likeIgnoringCase(String expression, String param) {
        String op = this == SQLITE ? "LIKE" : "ILIKE";
        return expression + " " + op + " " + param + " ESCAPE '!'";
    }

    /** A bound JSON text, as the store's JSON columns take it. */
    public String json(String param) {
        return this == SQLITE ? param : "CAST(" + param + " AS jsonb)";
    }

    /** The column type of an extra field. */
    public String columnType(FieldType type) {
        return switch (type) {
            case TEXT -> this == SQLITE ? "TEXT" : "TEXT COLLATE \"C\"";
            case INTEGER, TIMESTAMP -> this == SQLITE ? "INTEGER" : "BIGINT";
            case NUMBER -> this == SQLITE ? "REAL" : "DOUBLE PRECISION";
        };
    }
}
