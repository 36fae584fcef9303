package dev.needle.intel.internal.store;

import java.util.List;
import java.util.Optional;

/**
 * One group counted by one dataset store.
 *
 * @param key the values of the dimensions, in the query's order
 * @param epochDay the UTC day, when counted per day
 * @param count how many rows
 */
public record AggregateBucket(List<String> key, Optional<Long> epochDay, long count) {

    public AggregateBucket {
        key = List.copyOf(key);
    }
}
