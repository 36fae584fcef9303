package dev.needle.intel.internal.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Converts text values of searches and metadata into what the columns hold. */
public final class FieldValues {

    private FieldValues() {
    }

    /**
     * Epoch milliseconds of an ISO-8601 instant ({@code 2025-05-01T10:00:00Z}), date-time with
     * offset, or date (UTC midnight).
     */
    public static long epochMillis(String text) {
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (t.endsWith("Z")) {
                return Instant.parse(t).toEpochMilli();
            }
            return OffsetDateTime.parse(t).toInstant().toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 date or"
                    + " instant such as 2025-05-01 or 2025-05-01T10:00:00Z");
        }
    }

    /** A 64-bit integer. */
    public static long integer(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an integer");
        }
    }

    /** A finite number. */
    public static double number(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, as for infinities and NaN
        }
        throw new IllegalArgumentException("'" + text + "' is not a finite number");
    }
}
