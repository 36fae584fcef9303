package dev.needle.app.http.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code since} and {@code until} query parameters. Accepts ISO-8601 instants with a
 * zone ({@code 2015-05-17T10:05:00Z}, {@code 2015-05-17T12:05:00+02:00}); relative forms such as
 * {@code 24h} are not read yet. All time parsing of the API is here, so that it can move to the
 * core time-range parser in one place.
 */
public final class TimeParameter {

    private TimeParameter() {
    }

    /** The instant {@code text} names; a 400 naming {@code parameter} when it names none. */
    public static Instant parse(String parameter, String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(parameter, text,
                    "expected an ISO-8601 instant such as 2015-05-17T10:05:00Z");
        }
    }
}
