package dev.needle.analyst.tool;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the canonical time ranges of docs/analyst.md against an anchor: {@code last 1h} is the
 * hour before the anchor, {@code today} the UTC day holding it. The anchor is now, or the newest
 * stored record when that is older, so that "the last hour" of a log analysed after the fact is
 * its last hour rather than an empty window.
 */
final class Ranges {

    private static final Pattern LAST = Pattern.compile("last (\\d{1,5})([mhd])");
    private static final Duration LONGEST = Duration.ofDays(3660);

    private Ranges() {
    }

    /** The anchor: now, or {@code newest} when it is older than now. */
    static Instant anchor(Instant now, Optional<Instant> newest) {
        return newest.filter(time -> time.isBefore(now)).map(time -> time.plusSeconds(1))
                .orElse(now);
    }

    /** The window a range names, relative to {@code anchor}. */
    static TimeWindow resolve(String tool, String range, Instant anchor) {
        Matcher last = LAST.matcher(range);
        if (last.matches()) {
            long count = Long.parseLong(last.group(1));
            Duration length = switch (last.group(2)) {
                case "m" -> Duration.ofMinutes(count);
                case "h" -> Duration.ofHours(count);
                default -> Duration.ofDays(count);
            };
            if (count == 0 || length.compareTo(LONGEST) > 0) {
                throw ToolException.badArgument(tool, "range", range,
                        "must be between one minute and ten years");
            }
            return new TimeWindow(anchor.minus(length), anchor);
        }
        Instant day = anchor.minusNanos(1).truncatedTo(ChronoUnit.DAYS);
        if (range.equals("today")) {
            return new TimeWindow(day, day.plus(Duration.ofDays(1)));
        }
        if (range.equals("yesterday")) {
            return new TimeWindow(day.minus(Duration.ofDays(1)), day);
        }
        int slash = range.indexOf('/');
        if (slash > 0) {
            Instant from = instant(tool, range, range.substring(0, slash));
            Instant to = instant(tool, range, range.substring(slash + 1));
            if (!from.isBefore(to)) {
                throw ToolException.badArgument(tool, "range", range, "ends before it starts");
            }
            return new TimeWindow(from, to);
        }
        throw ToolException.badArgument(tool, "range", range,
                "is not 'last <n>m|h|d', 'today', 'yesterday' or 'START/END'");
    }

    private static Instant instant(String tool, String range, String text) {
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ToolException.badArgument(tool, "range", range, "holds '" + text
                    + "', which is not a time like 2015-05-17T10:00");
        }
    }
}
