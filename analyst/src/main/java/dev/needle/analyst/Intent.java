package dev.needle.analyst;

import java.util.Locale;

/** What a question asks for; each plan has one. The table in docs/analyst.md gives examples. */
public enum Intent {
    TOP,
    SERIES,
    SPIKE,
    FINDINGS,
    REFINE,
    MATCH,
    TARGETING,
    BLOCKLIST,
    KILLCHAIN,
    NEW_TECHNIQUES,
    EVENTS,
    LOOKUP,
    /** Nothing to run: the analyst asks the user instead. */
    CLARIFY;

    /** The name in the evaluation set and in JSON, such as {@code new_techniques}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label. */
    public static Intent parse(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
