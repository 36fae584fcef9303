package dev.needle.traffic;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What rows a traffic query looks at: a filter expression (empty for all rows) and an optional
 * time range, inclusive of {@code since} and exclusive of {@code until}.
 */
public record TrafficQuery(String where, Optional<Instant> since, Optional<Instant> until) {

    public TrafficQuery {
        where = where == null ? "" : where.strip();
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
    }

    /** Every stored row. */
    public static TrafficQuery all() {
        return new TrafficQuery("", Optional.empty(), Optional.empty());
    }

    /** The rows matching a filter expression, at any time. */
    public static TrafficQuery where(String expression) {
        return new TrafficQuery(expression, Optional.empty(), Optional.empty());
    }

    /** This query narrowed to {@code [from, to)}. */
    public TrafficQuery between(Instant from, Instant to) {
        return new TrafficQuery(where, Optional.of(from), Optional.of(to));
    }
}
