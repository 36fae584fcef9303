package dev.needle.bench;

import java.util.Arrays;

/**
 * The spread of a query's timed runs, in milliseconds. The median of an even count is the mean
 * of the two middle runs; the 95th percentile is the nearest-rank one (of 20 runs, the 19th
 * fastest).
 */
public record Latencies(int runs, double medianMillis, double p95Millis) {

    /** Summarises run times given in nanoseconds, in any order. */
    public static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no runs to summarise");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle]
                : (sorted[middle - 1] + sorted[middle]) / 2.0;
        int rank = (int) Math.ceil(0.95 * sorted.length);
        return new Latencies(sorted.length, median / 1e6, sorted[rank - 1] / 1e6);
    }
}
