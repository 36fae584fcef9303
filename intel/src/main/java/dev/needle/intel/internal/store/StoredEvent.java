package dev.needle.intel.internal.store;

import dev.needle.intel.ThreatEvent;

/**
 * An event read for a sorted result, with its key in that result.
 *
 * @param event the event
 * @param key its sort value, id and dataset
 */
public record StoredEvent(ThreatEvent event, SortKey key) {
}
