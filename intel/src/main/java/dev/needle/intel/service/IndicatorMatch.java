package dev.needle.intel.service;

import dev.needle.core.indicator.Indicator;
import java.util.List;
import java.util.Objects;

/**
 * A looked-up indicator that is known.
 *
 * @param indicator what was looked up
 * @param score the best score among its events
 * @param expired whether every event's score has expired
 * @param events the events that know it, best score first
 */
public record IndicatorMatch(Indicator indicator, double score, boolean expired,
        List<MatchedEvent> events) {

    public IndicatorMatch {
        Objects.requireNonNull(indicator, "indicator");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException(indicator + " matched no event");
        }
    }
}
