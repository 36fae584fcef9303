package dev.needle.analyst.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a time range in the canonical forms of docs/analyst.md: {@code last 1h}, {@code last
 * 15m}, {@code last 7d}, {@code today}, {@code yesterday}. "Last day" is {@code last 24h}, a week
 * seven days and a month thirty.
 */
final class RangeReader {

    private static final Pattern LAST = Pattern.compile(
            "\\b(?:last|past|previous|recent|prior|within(?: the)? last)\\s+(?:("
            + NumberWords.PATTERN + ")\\s*)?"
            + "(minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|wks?|w|months?)\\b");
    private static final Pattern TODAY = Pattern.compile("\\b(today|todays|yesterday)\\b");
    private static final Pattern ISO_INTERVAL = Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2}t\\d{2}:\\d{2})\\s*/\\s*"
            + "(\\d{4}-\\d{2}-\\d{2}t\\d{2}:\\d{2})\\b");

    private static final Pattern CLOCK_SPAN_ON_DATE = Pattern.compile(
            "\\b(?:between|from)\\s+(\\d{1,2}:\\d{2})\\s+(?:and|to|until|-)\\s+(\\d{1,2}:\\d{2})"
            + "\\s+on\\s+(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern DATE_CLOCK_SPAN = Pattern.compile(
            "\\b(?:on\\s+)?(\\d{4}-\\d{2}-\\d{2}),?\\s+(?:between|from)\\s+(\\d{1,2}:\\d{2})\\s+"
            + "(?:and|to|until|-)\\s+(\\d{1,2}:\\d{2})\\b");

    private RangeReader() {
    }

    static Optional<String> read(Question question) {
        var interval = question.take(ISO_INTERVAL);
        if (interval.isPresent()) {
            return Optional.of(interval.get().originalGroup(1).toUpperCase(Locale.ROOT)
                    + "/" + interval.get().originalGroup(2).toUpperCase(Locale.ROOT));
        }
        var spanOnDate = question.take(CLOCK_SPAN_ON_DATE);
        if (spanOnDate.isPresent()) {
            var m = spanOnDate.get();
            return Optional.of(at(m.group(3), m.group(1)) + "/" + at(m.group(3), m.group(2)));
        }
        var dateSpan = question.take(DATE_CLOCK_SPAN);
        if (dateSpan.isPresent()) {
            var m = dateSpan.get();
            return Optional.of(at(m.group(1), m.group(2)) + "/" + at(m.group(1), m.group(3)));
        }
        var last = question.take(LAST);
        if (last.isPresent()) {
            int count = last.get().has(1) ? NumberWords.value(last.get().group(1)).orElse(1) : 1;
            return Optional.of(canonical(count, last.get().group(2), !last.get().has(1)));
        }
        return question.take(TODAY)
                .map(match -> match.group(1).startsWith("today") ? "today" : "yesterday");
    }

    private static String at(String date, String clock) {
        return date + "T" + (clock.length() == 4 ? "0" + clock : clock);
    }

    private static String canonical(int count, String unit, boolean unnumbered) {
        return switch (unit.charAt(0)) {
            case 'm' -> unit.startsWith("mo") ? "last " + (30 * count) + "d"
                    : "last " + count + "m";
            case 'h' -> "last " + count + "h";
            case 'w' -> "last " + (7 * count) + "d";
            default -> unnumbered ? "last 24h" : "last " + count + "d";
        };
    }
}
