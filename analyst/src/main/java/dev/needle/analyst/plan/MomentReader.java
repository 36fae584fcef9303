package dev.needle.analyst.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the moment a question points at, such as "at 10:00", "around 3pm" or "on 2015-05-17 at
 * 10:00", as {@code HH:MM} or {@code YYYY-MM-DDTHH:MM}.
 */
final class MomentReader {

    private static final Pattern DATE_TIME = Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2})(?:t|\\s+at\\s+|\\s+around\\s+|\\s+)(\\d{1,2})(?::(\\d{2}))?"
            + "\\s*(am|pm)?\\b");
    private static final Pattern CLOCK_ON_DATE = Pattern.compile(
            "\\b(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?\\s+on\\s+(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(\\d{1,2}):(\\d{2})\\s*(am|pm)?\\b");
    private static final Pattern HOUR = Pattern.compile(
            "\\b(?:at|around|about|near|by|after)\\s+(\\d{1,2})\\s*(am|pm|o'?clock|h)\\b"
            + "|\\b(\\d{1,2})\\s*(am|pm)\\b");

    private MomentReader() {
    }

    static Optional<String> read(Question question) {
        var dated = question.take(DATE_TIME);
        if (dated.isPresent()) {
            var m = dated.get();
            return clock(m.group(2), m.group(3), m.group(4)).map(time -> m.group(1) + "T" + time);
        }
        var onDate = question.take(CLOCK_ON_DATE);
        if (onDate.isPresent()) {
            var m = onDate.get();
            return clock(m.group(1), m.group(2), m.group(3)).map(time -> m.group(4) + "T" + time);
        }
        var clock = question.take(CLOCK);
        if (clock.isPresent()) {
            return clock(clock.get().group(1), clock.get().group(2), clock.get().group(3));
        }
        var hour = question.take(HOUR);
        if (hour.isPresent()) {
            var m = hour.get();
            return m.has(1) ? clock(m.group(1), null, m.group(2)) : clock(m.group(3), null,
                    m.group(4));
        }
        return Optional.empty();
    }

    private static Optional<String> clock(String hours, String minutes, String suffix) {
        int hour = Integer.parseInt(hours);
        int minute = minutes == null ? 0 : Integer.parseInt(minutes);
        if ("pm".equals(suffix) && hour < 12) {
            hour += 12;
        } else if ("am".equals(suffix) && hour == 12) {
            hour = 0;
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%02d:%02d", hour, minute));
    }
}
