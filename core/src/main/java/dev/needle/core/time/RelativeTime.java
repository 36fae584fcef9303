package dev.needle.core.time;

import java.time.Duration;
import java.util.Optional;

/** Reads durations such as {@code 15m} or {@code 2w}: up to nine digits and one unit letter. */
final class RelativeTime {

    private static final int MAX_DIGITS = 9;

    private RelativeTime() {
    }

    /** The duration, or empty if the text does not have this shape. */
    static Optional<Duration> read(String text) {
        int digits = text.length() - 1;
        if (digits < 1 || digits > MAX_DIGITS) {
            return Optional.empty();
        }
        long amount = 0;
        for (int i = 0; i < digits; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            amount = amount * 10 + (c - '0');
        }
        return switch (text.charAt(digits)) {
            case 's' -> Optional.of(Duration.ofSeconds(amount));
            case 'm' -> Optional.of(Duration.ofMinutes(amount));
            case 'h' -> Optional.of(Duration.ofHours(amount));
            case 'd' -> Optional.of(Duration.ofDays(amount));
            case 'w' -> Optional.of(Duration.ofDays(amount * 7));
            default -> Optional.empty();
        };
    }
}
