package dev.needle.traffic;

import java.time.Instant;
import java.util.Optional;

/** Totals over the rows a query selects. Times are empty when no row matches. */
public record TrafficSummary(long requests, long distinctIps, long errors,
        Optional<Instant> first, Optional<Instant> last) {
}
