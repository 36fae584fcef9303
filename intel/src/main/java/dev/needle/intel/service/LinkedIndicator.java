package dev.needle.intel.service;

import dev.needle.core.indicator.Indicator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An indicator reached by a pivot, with the events that tie it to the starting indicator.
 *
 * @param indicator the other indicator
 * @param events ids of the pivot's events that carry it
 */
public record LinkedIndicator(Indicator indicator, List<UUID> events) {

    public LinkedIndicator {
        Objects.requireNonNull(indicator, "indicator");
        events = List.copyOf(events);
    }
}
