package dev.needle.intel.service;

import java.util.Locale;

/** What an API token may do. A higher scope includes the lower ones: admin can write and read. */
public enum Scope {
    /** Search, aggregate, pivot, graph, match and list the datasets an organisation may read. */
    READ("read"),
    /** Import feeds into the organisation's own datasets. */
    WRITE("write"),
    /** Create datasets and change their sharing. */
    ADMIN("admin");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    /** The name used in APIs and the CLI. */
    public String label() {
        return label;
    }

    /** Whether holding this scope grants {@code needed}. */
    public boolean includes(Scope needed) {
        return ordinal() >= needed.ordinal();
    }

    /** Parses {@code read}, {@code write} or {@code admin}. */
    public static Scope parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Scope scope : values()) {
            if (scope.label.equals(t)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + text
                + "'; expected read, write or admin");
    }
}
