package dev.needle.traffic;

import java.time.Instant;
import java.util.List;

/**
 * Request counts per bucket for one value of the split field, or for all requests when the
 * series is not split (then {@code key} is {@code "total"}). Empty buckets are omitted.
 */
public record Series(String key, List<Point> points) {

    public Series {
        points = List.copyOf(points);
    }

    /** The count of requests in the bucket that starts at {@code time}. */
    public record Point(Instant time, long count) {
    }
}
