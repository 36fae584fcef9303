package dev.needle.intel.internal.store;

import java.time.Instant;

/** Dates added as the stores keep them: whole microseconds since the epoch. */
final class DateAdded {

    private DateAdded() {
    }

    /** The microseconds since the epoch of {@code instant}, any finer part dropped. */
    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L),
                instant.getNano() / 1_000);
    }

    /** The instant of {@code micros} microseconds since the epoch. */
    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                Math.floorMod(micros, 1_000_000L) * 1_000);
    }
}
