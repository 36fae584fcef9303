package dev.needle.traffic;

import java.time.Duration;
import java.util.Locale;

/** The width of a time-series bucket. */
public enum Bucket {
    MINUTE("1m", Duration.ofMinutes(1)),
    HOUR("1h", Duration.ofHours(1)),
    DAY("1d", Duration.ofDays(1));

    private final String label;
    private final Duration width;

    Bucket(String label, Duration width) {
        this.label = label;
        this.width = width;
    }

    public String label() {
        return label;
    }

    public Duration width() {
        return width;
    }

    /** Parses {@code 1m}, {@code 1h} or {@code 1d}. */
    public static Bucket parse(String text) {
        for (Bucket bucket : values()) {
            if (bucket.label.equals(text.toLowerCase(Locale.ROOT))) {
                return bucket;
            }
        }
        throw new IllegalArgumentException("unknown bucket '" + text + "'; expected 1m, 1h or 1d");
    }
}
