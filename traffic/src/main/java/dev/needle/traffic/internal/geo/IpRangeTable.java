package dev.needle.traffic.internal.geo;

import java.util.Arrays;

/**
 * Sorted, non-overlapping IPv4 ranges, each with a value, searched by binary search. Built once
 * from a public table; lookups are read-only and safe from any thread.
 */
final class IpRangeTable<V> {

    private final long[] starts;
    private final long[] ends;
    private final V[] values;

    IpRangeTable(long[] starts, long[] ends, V[] values) {
        this.starts = starts;
        this.ends = ends;
        this.values = values;
    }

    /** The value of the range holding {@code address}, or {@code null} when none does. */
    V find(long address) {
        int i = Arrays.binarySearch(starts, address);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 && address <= ends[i] ? values[i] : null;
    }

    int size() {
        return starts.length;
    }
}
