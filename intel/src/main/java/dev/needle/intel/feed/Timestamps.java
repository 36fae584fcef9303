package dev.needle.intel.feed;

import dev.needle.intel.ImportException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the timestamps feeds write: ISO 8601 instants and offsets, {@code 2024-04-04 07:03:03}
 * (optionally followed by {@code UTC}, as the ThreatFox API writes it) and {@code 2024-04-04}
 * (abuse.ch, MISP; taken as UTC), ISO local date-times (OpenIOC; UTC), and Unix seconds (MISP
 * {@code timestamp}).
 */
final class Timestamps {

    private static final DateTimeFormatter SPACED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSS]");

    private Timestamps() {
    }

    /** The instant {@code text} names; an error naming {@code place} when it names none. */
    static Instant parse(String text, String place, String field) throws ImportException {
        return tryParse(text).orElseThrow(() -> new ImportException(place, field + " '"
                + text + "' is not a date or time; expected ISO 8601 such as"
                + " 2024-04-04T07:03:03Z, or 2024-04-04 07:03:03 (UTC)"));
    }

    /** The instant, or empty for blank text. */
    static Optional<Instant> parseOptional(String text, String place, String field)
            throws ImportException {
        return text == null || text.isBlank() ? Optional.empty()
                : Optional.of(parse(text, place, field));
    }

    /** The instant, or empty when the text is not a timestamp of a known form. */
    static Optional<Instant> tryParse(String raw) {
        String text = raw.strip();
        if (text.endsWith(" UTC")) {
            text = text.substring(0, text.length() - 4);
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (text.chars().allMatch(Character::isDigit) && text.length() >= 9
                    && text.length() <= 12) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
            }
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            if (text.length() > 10 && text.charAt(10) == ' ') {
                return Optional.of(LocalDateTime.parse(text, SPACED).toInstant(ZoneOffset.UTC));
            }
            if (text.endsWith("Z") || hasOffset(text)) {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            }
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static boolean hasOffset(String text) {
        int t = text.indexOf('T');
        return t > 0 && (text.indexOf('+', t) > 0 || text.indexOf('-', t) > 0);
    }
}
