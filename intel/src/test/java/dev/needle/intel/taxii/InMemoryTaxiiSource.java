package dev.needle.intel.taxii;

import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.AddedEvent;
import dev.needle.intel.service.EventPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link TaxiiSource} over a list in memory, for one caller who may read some datasets: the
 * test stand-in for the storage engineer's implementation, following the same contract.
 */
final class InMemoryTaxiiSource implements TaxiiSource {

    private final List<AddedEvent> events = new ArrayList<>();
    private final Set<String> readable;
    private int reads;

    InMemoryTaxiiSource(Set<String> readable) {
        this.readable = Set.copyOf(readable);
    }

    InMemoryTaxiiSource add(ThreatEvent event, Instant added) {
        events.add(new AddedEvent(event, added));
        return this;
    }

    /** How many times the server asked for events. */
    int reads() {
        return reads;
    }

    @Override
    public List<String> readableDatasets() {
        return events.stream().map(e -> e.event().dataset()).filter(readable::contains)
                .distinct().toList();
    }

    @Override
    public List<AddedEvent> eventsAfter(String dataset, Optional<EventPosition> position,
            int limit) {
        if (!readable.contains(dataset)) {
            throw new IllegalStateException("the server asked for unreadable dataset " + dataset);
        }
        reads++;
        return events.stream().filter(e -> e.event().dataset().equals(dataset))
                .filter(e -> position.isEmpty() || e.position().compareTo(position.get()) > 0)
                .sorted((a, b) -> a.position().compareTo(b.position()))
                .limit(limit).toList();
    }
}
