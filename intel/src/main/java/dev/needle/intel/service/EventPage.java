package dev.needle.intel.service;

import dev.needle.intel.ThreatEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a search.
 *
 * @param events the events in the search's order
 * @param nextCursor where the next page starts; empty on the last page
 * @param completeness whether every dataset store answered
 */
public record EventPage(List<ThreatEvent> events, Optional<String> nextCursor,
        Completeness completeness) {

    public EventPage {
        events = List.copyOf(events);
        Objects.requireNonNull(nextCursor, "nextCursor");
        Objects.requireNonNull(completeness, "completeness");
    }
}
