package dev.needle.intel.service;

/** Who may read a dataset besides its owner. */
public enum Visibility {
    /** Only the owning organisation. */
    PRIVATE("private"),
    /** The owner, and named partner organisations read-only. */
    SHARED("shared"),
    /** Every organisation, read-only. */
    PUBLIC("public");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    /** The name used in APIs and storage. */
    public String label() {
        return label;
    }

    /** Parses {@code private}, {@code shared} or {@code public}. */
    public static Visibility parse(String text) {
        for (Visibility visibility : values()) {
            if (visibility.label.equalsIgnoreCase(text.strip())) {
                return visibility;
            }
        }
        throw new IllegalArgumentException("unknown visibility '" + text
                + "'; expected private, shared or public");
    }
}
