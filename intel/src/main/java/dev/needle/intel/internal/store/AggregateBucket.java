package dev.needle.intel.internal.store;

import java.util.List;

/**
 * One group counted by one dataset store.
 *
 * @param key the values of the dimensions, in the query's order
 * @param epochDay the UTC day in days since 1970-01-01 when counted per day, 0 otherwise: a
 *     primitive, since a timelapse reads some hundred thousand of these
 * @param count how many rows
 */
public record AggregateBucket(List<String> key, long epochDay, long count) {

    public AggregateBucket {
        key = List.copyOf(key);
    }
}
