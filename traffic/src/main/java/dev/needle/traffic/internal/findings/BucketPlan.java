package dev.needle.traffic.internal.findings;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How spike detection cuts the selected span into buckets: bucket {@code i} starts at
 * {@code originMicros + i * widthMicros} (microseconds since the epoch, UTC) and there are
 * {@code count} of them. The origin is aligned to the width, so hourly buckets start on the hour.
 */
record BucketPlan(long originMicros, long widthMicros, int count) {

    /** Spans longer than this use hourly buckets; shorter ones would have too few of them. */
    static final Duration HOURLY_FROM = Duration.ofDays(2);
    static final Duration HOUR = Duration.ofHours(1);
    /** Short spans (a capture of a day or two) need finer buckets to have a baseline at all. */
    static final Duration SHORT = Duration.ofMinutes(10);

    /** The plan for requests seen from {@code first} to {@code last}, both included. */
    static BucketPlan spanning(Instant first, Instant last) {
        Duration width = Duration.between(first, last).compareTo(HOURLY_FROM) > 0 ? HOUR : SHORT;
        long widthMicros = width.toNanos() / 1000;
        long origin = Math.floorDiv(micros(first), widthMicros) * widthMicros;
        long buckets = Math.floorDiv(micros(last) - origin, widthMicros) + 1;
        return new BucketPlan(origin, widthMicros, (int) Math.min(buckets, Integer.MAX_VALUE));
    }

    /** When bucket {@code index} starts. */
    Instant start(long index) {
        return Instant.EPOCH.plus(originMicros + index * widthMicros, ChronoUnit.MICROS);
    }

    /** The bucket width, as a sentence says it: {@code hour} or {@code 10 minutes}. */
    String unit() {
        Duration width = Duration.ofNanos(widthMicros * 1000);
        return width.equals(HOUR) ? "hour" : width.toMinutes() + " minutes";
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }
}
