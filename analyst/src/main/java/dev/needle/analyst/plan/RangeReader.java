package dev.needle.analyst.plan;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
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

    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
            + "|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?"
            + "|dec(?:ember)?";
    /** A day as ISO, "May 19 2015", "May 19, 2015" or "19 May 2015". */
    private static final String DAY = "(\\d{4}-\\d{2}-\\d{2}|(?:" + MONTHS
            + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:"
            + MONTHS + ")\\.?,?\\s+\\d{4})";
    private static final Pattern DAY_SPAN = Pattern.compile("\\b(?:between|from)\\s+" + DAY
            + "(?:t(\\d{1,2}:\\d{2}))?\\s+(?:and|to|until|-)\\s+" + DAY
            + "(?:t(\\d{1,2}:\\d{2}))?\\b");
    private static final Pattern ONE_DAY = Pattern.compile("\\b(?:on\\s+|for\\s+|during\\s+)?"
            + DAY + "\\b(?!t\\d)");
    private static final Pattern DATE_LEFT = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}|\\b(?:"
            + MONTHS + ")\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + MONTHS
            + ")\\b|\\b(?:since|until|before|after)\\s+(?:\\d|yesterday|today|noon|midnight|last"
            + "|mon|tue|wed|thu|fri|sat|sun)"
            + "|\\bthis (?:week|month|year|morning|afternoon|evening)\\b|\\blast night\\b");

    private RangeReader() {
    }

    static Optional<String> read(Question question) {
        var interval = question.take(ISO_INTERVAL);
        if (interval.isPresent()) {
            return Optional.of(interval.get().originalGroup(1).toUpperCase(Locale.ROOT)
                    + "/" + interval.get().originalGroup(2).toUpperCase(Locale.ROOT));
        }
        var days = question.take(DAY_SPAN);
        if (days.isPresent()) {
            var m = days.get();
            Optional<LocalDate> from = day(m.group(1));
            Optional<LocalDate> to = day(m.group(3));
            if (from.isPresent() && to.isPresent()) {
                String start = from.get() + "T" + (m.has(2) ? pad(m.group(2)) : "00:00");
                String end = m.has(4) ? to.get() + "T" + pad(m.group(4))
                        : to.get().plusDays(1) + "T00:00";
                return Optional.of(start + "/" + end);
            }
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

    /** A single day ("on 2015-05-19", "May 19 2015"); read after moments, which may hold one. */
    static Optional<String> readDay(Question question) {
        var single = question.take(ONE_DAY);
        if (single.isPresent()) {
            return day(single.get().group(1))
                    .map(d -> d + "T00:00/" + d.plusDays(1) + "T00:00");
        }
        return Optional.empty();
    }

    /**
     * A time expression left in the question after the readers ran ("on 19/05", "since
     * Monday", "this week"): the planner asks about it rather than answer over all time.
     */
    static Optional<String> leftoverDate(Question question) {
        Matcher left = DATE_LEFT.matcher(question.rest());
        return left.find() ? Optional.of("the time '" + left.group().strip() + "'")
                : Optional.empty();
    }

    private static Optional<LocalDate> day(String text) {
        String t = text.replaceAll("(?<=\\d)(st|nd|rd|th)", "").replace(",", "").replace(".", "")
                .strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(t));
            }
            String[] parts = t.split("\\s+");
            boolean dayFirst = Character.isDigit(parts[0].charAt(0));
            int dayOfMonth = Integer.parseInt(dayFirst ? parts[0] : parts[1]);
            String month = (dayFirst ? parts[1] : parts[0]).substring(0, 3);
            int monthNumber = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(month) / 3 + 1;
            return Optional.of(LocalDate.of(Integer.parseInt(parts[2]), monthNumber,
                    dayOfMonth));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String pad(String clock) {
        return clock.length() == 4 ? "0" + clock : clock;
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
