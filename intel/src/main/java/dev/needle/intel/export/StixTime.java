package dev.needle.intel.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** STIX timestamps: UTC, {@code Z}, and exactly milliseconds, as created and modified need. */
final class StixTime {

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private StixTime() {
    }

    static String of(Instant instant) {
        return MILLIS.format(instant);
    }
}
