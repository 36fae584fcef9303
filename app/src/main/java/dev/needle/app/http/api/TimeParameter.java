package dev.needle.app.http.api;

import dev.needle.core.time.TimeBoundParser;
import java.time.Clock;
import java.time.Instant;

/**
 * Reads the {@code since} and {@code until} query parameters with the same forms the CLI takes:
 * ISO-8601 instants, dates, and ages back from now such as {@code 24h}.
 */
public final class TimeParameter {

    private static final TimeBoundParser TIMES = new TimeBoundParser(Clock.systemUTC());

    private TimeParameter() {
    }

    /** The instant {@code text} names; a 400 naming {@code parameter} when it names none. */
    public static Instant parse(String parameter, String text) {
        try {
            return TIMES.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(parameter, text, e.getMessage());
        }
    }
}
