package dev.needle.traffic.internal.parse;

import java.time.LocalDate;

/**
 * Parses the Common Log Format time, {@code 17/May/2015:10:05:03 +0100}, into microseconds
 * since the epoch in UTC, honouring the offset. Parsed by hand: it runs once per line.
 */
final class ClfTime {

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
    private static final int LENGTH = 26;

    private ClfTime() {
    }

    /** Parses the 26 bytes at {@code buf[from]}; a message names what is wrong. */
    static long parseMicros(byte[] buf, int from, int to) throws LineRejectedException {
        if (to - from != LENGTH || buf[from + 2] != '/' || buf[from + 6] != '/'
                || buf[from + 11] != ':' || buf[from + 14] != ':' || buf[from + 17] != ':'
                || buf[from + 20] != ' ') {
            throw new LineRejectedException("time is not dd/Mon/yyyy:HH:mm:ss +zzzz");
        }
        int day = digits(buf, from, 2);
        int month = month(buf, from + 3);
        int year = digits(buf, from + 7, 4);
        int hour = digits(buf, from + 12, 2);
        int minute = digits(buf, from + 15, 2);
        int second = digits(buf, from + 18, 2);
        int offsetMinutes = offset(buf, from + 21);
        if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
            throw new LineRejectedException("time is out of range");
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (java.time.DateTimeException e) {
            throw new LineRejectedException("no such date: " + e.getMessage());
        }
        long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + Math.min(second, 59)
                - offsetMinutes * 60L;
        return seconds * 1_000_000L;
    }

    private static int digits(byte[] buf, int from, int count) throws LineRejectedException {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                throw new LineRejectedException("time has a non-digit where a digit belongs");
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static int month(byte[] buf, int from) throws LineRejectedException {
        for (int m = 0; m < 12; m++) {
            if (buf[from] == MONTHS.charAt(m * 3) && buf[from + 1] == MONTHS.charAt(m * 3 + 1)
                    && buf[from + 2] == MONTHS.charAt(m * 3 + 2)) {
                return m + 1;
            }
        }
        throw new LineRejectedException("time has an unknown month");
    }

    private static int offset(byte[] buf, int from) throws LineRejectedException {
        int sign;
        if (buf[from] == '+') {
            sign = 1;
        } else if (buf[from] == '-') {
            sign = -1;
        } else {
            throw new LineRejectedException("time offset must start with + or -");
        }
        int hours = digits(buf, from + 1, 2);
        int minutes = digits(buf, from + 3, 2);
        if (hours > 18 || minutes > 59) {
            throw new LineRejectedException("time offset is out of range");
        }
        return sign * (hours * 60 + minutes);
    }
}
