package dev.needle.bench.intel;

import dev.needle.bench.Latencies;
import java.util.function.IntSupplier;

/**
 * The timed runs of one operation.
 *
 * @param rows what the last run returned: events, groups, hits
 * @param latencies the spread of the timed runs
 */
record Timed(long rows, Latencies latencies) {

    /** Runs {@code operation} {@code warmups} times untimed, then {@code runs} times timed. */
    static Timed of(int warmups, int runs, IntSupplier operation) {
        long rows = 0;
        for (int i = 0; i < warmups; i++) {
            rows = operation.getAsInt();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows = operation.getAsInt();
            nanos[i] = System.nanoTime() - start;
        }
        return new Timed(rows, Latencies.of(nanos));
    }
}
