package dev.needle.app.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Parses the time arguments of the CLI. */
final class Times {

    private Times() {
    }

    static Instant parse(String text, Clock clock) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + text + "' is not an ISO-8601 instant"
                    + " such as 2015-05-17T10:00:00Z");
        }
    }
}
