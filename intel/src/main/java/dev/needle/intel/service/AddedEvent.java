package dev.needle.intel.service;

import dev.needle.intel.ThreatEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A threat event with the time it was added to its dataset, which TAXII calls date added.
 *
 * @param event the event
 * @param added when the event entered the dataset; not the event's own date
 */
public record AddedEvent(ThreatEvent event, Instant added) {

    public AddedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(added, "added");
    }

    /** Where this event stands in added order. */
    public EventPosition position() {
        return new EventPosition(added, event.id());
    }
}
