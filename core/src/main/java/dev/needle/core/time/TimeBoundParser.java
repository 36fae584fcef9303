package dev.needle.core.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the values of {@code --since} and {@code --until} as instants.
 *
 * <p>Accepted forms, after trimming spaces:
 * <ul>
 *   <li>a duration back from now: digits and a unit, {@code s m h d w} ({@code 15m}, {@code 24h},
 *       {@code 7d}, {@code 2w}); a day is 24 hours;</li>
 *   <li>{@code now};</li>
 *   <li>an ISO-8601 date-time with {@code Z} or an offset ({@code 2015-05-17T10:05:00Z},
 *       {@code 2015-05-17T10:05:00+01:00});</li>
 *   <li>a date, meaning the start of that day in UTC ({@code 2015-05-17});</li>
 *   <li>a date-time without zone, read as UTC ({@code 2015-05-17T10:05:00}, or with a space
 *       instead of the {@code T}).</li>
 * </ul>
 */
public final class TimeBoundParser {

    private static final String ACCEPTED = "expected a duration back from now such as 15m, 24h,"
            + " 7d or 2w (units s, m, h, d, w), 'now', an ISO-8601 date-time with zone such as"
            + " 2015-05-17T10:05:00Z or 2015-05-17T10:05:00+01:00, a date such as 2015-05-17"
            + " (start of day, UTC) or a date-time such as 2015-05-17T10:05:00 (UTC)";

    private final Clock clock;

    /** A parser that measures relative values back from {@code clock}'s current instant. */
    public TimeBoundParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The instant {@code value} names.
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public Instant parse(String value) {
        String text = value.strip();
        if (text.equalsIgnoreCase("now")) {
            return clock.instant();
        }
        Optional<Duration> ago = RelativeTime.read(text);
        if (ago.isPresent()) {
            return before(value, ago.orElseThrow());
        }
        try {
            return absolute(text);
        } catch (DateTimeParseException e) {
            String detail = e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")";
            throw new IllegalArgumentException("invalid time '" + value + "'" + detail + "; "
                    + ACCEPTED, e);
        }
    }

    private Instant before(String value, Duration ago) {
        try {
            return clock.instant().minus(ago);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("invalid time '" + value
                    + "': reaches back before the earliest instant", e);
        }
    }

    /** Picks the form by shape, so the error comes from the parser the user aimed at. */
    private static Instant absolute(String text) {
        if (text.length() <= 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        String withT = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        if (hasZone(withT)) {
            return OffsetDateTime.parse(withT).toInstant();
        }
        return LocalDateTime.parse(withT).toInstant(ZoneOffset.UTC);
    }

    /** Whether the text after the date ends in {@code Z} or a {@code +hh:mm / -hh:mm} offset. */
    private static boolean hasZone(String text) {
        String time = text.substring(10);
        return time.endsWith("Z") || time.endsWith("z") || time.indexOf('+') >= 0
                || time.indexOf('-') >= 0;
    }
}
