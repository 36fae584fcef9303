package dev.needle.intel.service;

import java.util.Locale;

/** The type of an extra searchable field a dataset declares. */
public enum FieldType {
    /** Text compared code point by code point; the text operators apply. */
    TEXT("text"),
    /** A 64-bit integer. */
    INTEGER("integer"),
    /** A finite double-precision number. */
    NUMBER("number"),
    /** An instant, written as ISO-8601 ({@code 2025-05-01T10:00:00Z}) or a date (UTC midnight). */
    TIMESTAMP("timestamp");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    /** The name used in APIs and storage. */
    public String label() {
        return label;
    }

    /** Parses {@code text}, {@code integer}, {@code number} or {@code timestamp}. */
    public static FieldType parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (FieldType type : values()) {
            if (type.label.equals(t)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown field type '" + text
                + "'; expected text, integer, number or timestamp");
    }
}
