package dev.needle.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Renders epoch seconds as the combined-log timestamp {@code 17/May/2015:10:05:03 +0000} in one
 * fixed offset, straight into bytes. The date part is recomputed only when the day changes,
 * which keeps a run of ordered timestamps cheap. Years must have four digits (1000 to 9999).
 */
final class ClfTimestamp {

    /** Length of {@code dd/MMM/yyyy:HH:mm:ss +hhmm}. */
    static final int LENGTH = 26;

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    private static final int DATE_LENGTH = 12;

    private final int offsetSeconds;
    private final byte[] text = new byte[LENGTH];
    private long renderedDay = Long.MIN_VALUE;

    ClfTimestamp(ZoneOffset offset) {
        this.offsetSeconds = offset.getTotalSeconds();
        writeOffset(offset);
    }

    /** The timestamp of {@code epochSecond}; the array is overwritten by the next call. */
    byte[] render(long epochSecond) {
        long local = epochSecond + offsetSeconds;
        long day = Math.floorDiv(local, 86_400L);
        if (day != renderedDay) {
            writeDate(LocalDate.ofEpochDay(day));
            renderedDay = day;
        }
        int secondOfDay = (int) Math.floorMod(local, 86_400L);
        writeTwoDigits(DATE_LENGTH, secondOfDay / 3600);
        text[14] = ':';
        writeTwoDigits(15, secondOfDay / 60 % 60);
        text[17] = ':';
        writeTwoDigits(18, secondOfDay % 60);
        return text;
    }

    private void writeDate(LocalDate date) {
        if (date.getYear() < 1000 || date.getYear() > 9999) {
            throw new IllegalArgumentException("year " + date.getYear()
                    + " cannot be written as four digits in a log timestamp");
        }
        String prefix = String.format(Locale.ROOT, "%02d/%s/%d:", date.getDayOfMonth(),
                MONTHS[date.getMonthValue() - 1], date.getYear());
        System.arraycopy(prefix.getBytes(StandardCharsets.US_ASCII), 0, text, 0, DATE_LENGTH);
    }

    private void writeOffset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        if (total % 60 != 0) {
            throw new IllegalArgumentException("offset " + offset
                    + " has seconds, which a log timestamp cannot show");
        }
        int minutes = Math.abs(total) / 60;
        text[20] = ' ';
        text[21] = (byte) (total < 0 ? '-' : '+');
        writeTwoDigits(22, minutes / 60);
        writeTwoDigits(24, minutes % 60);
    }

    private void writeTwoDigits(int position, int value) {
        text[position] = (byte) ('0' + value / 10);
        text[position + 1] = (byte) ('0' + value % 10);
    }
}
