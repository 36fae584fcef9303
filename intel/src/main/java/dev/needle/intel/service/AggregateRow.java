package dev.needle.intel.service;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One group of an aggregate. An unknown value (no attacker, no stage, no technique) is the
 * empty string.
 *
 * @param key the group's value for each dimension of the query
 * @param day the UTC day, when the query was per day
 * @param count how many events (for the technique dimension: event-technique pairs)
 */
public record AggregateRow(Map<AggregateDimension, String> key, Optional<LocalDate> day,
        long count) {

    public AggregateRow {
        Map<AggregateDimension, String> ordered = new EnumMap<>(AggregateDimension.class);
        ordered.putAll(key);
        key = Collections.unmodifiableMap(ordered);
        Objects.requireNonNull(day, "day");
    }

    /** The group's value for {@code dimension}. */
    public String value(AggregateDimension dimension) {
        String value = key.get(dimension);
        if (value == null) {
            throw new IllegalArgumentException("the aggregate was not by " + dimension.apiName());
        }
        return value;
    }
}
