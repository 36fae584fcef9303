package dev.needle.intel.service;

/** Ascending or descending. */
public enum SortOrder {
    ASC,
    DESC;

    /** Parses {@code asc} or {@code desc}. */
    public static SortOrder parse(String text) {
        for (SortOrder order : values()) {
            if (order.name().equalsIgnoreCase(text.strip())) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown order '" + text + "'; expected asc or desc");
    }
}
