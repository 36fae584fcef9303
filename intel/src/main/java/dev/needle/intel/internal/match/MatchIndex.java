package dev.needle.intel.internal.match;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.internal.store.DatasetStore;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.IndicatorMatch;
import dev.needle.intel.service.IndicatorMatcher;
import dev.needle.intel.service.MatchReport;
import dev.needle.intel.service.MatchedEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory indicator index of every dataset, one immutable {@link DatasetIndex} each. An
 * import builds its dataset's new index, from the old one and the imported events or, when
 * it replaced events, from the store, and swaps it in; readers always see a whole index, old
 * or new. Either costs time linear in the dataset's indicator count.
 */
public final class MatchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(MatchIndex.class);

    private static final Comparator<MatchedEvent> BEST_FIRST = Comparator
            .comparingDouble(MatchedEvent::score).reversed()
            .thenComparing(MatchedEvent::dataset)
            .thenComparing(MatchedEvent::event);

    private final Clock clock;
    private volatile Map<String, DatasetIndex> byDataset = Map.of();

    public MatchIndex(Clock clock) {
        this.clock = clock;
    }

    /** Builds a dataset's index from its store and publishes it. */
    public void rebuild(Dataset dataset, DatasetStore store) {
        long started = System.nanoTime();
        DatasetIndexBuilder builder = new DatasetIndexBuilder(dataset);
        store.scanIndicators(builder::add);
        publish(dataset, builder.build(), started);
    }

    /**
     * Publishes a dataset's index extended with events just stored, none of which replaced a
     * stored event, without reading the store; when the dataset has no index yet, rebuilds it
     * from the store instead. Costs time linear in the dataset's indicators, in memory.
     */
    public void extend(Dataset dataset, DatasetStore store, List<ThreatEvent> added) {
        DatasetIndex current = byDataset.get(dataset.id());
        if (current == null) {
            rebuild(dataset, store);
            return;
        }
        long started = System.nanoTime();
        DatasetIndexBuilder builder = new DatasetIndexBuilder(dataset);
        current.replayInto(builder);
        for (ThreatEvent event : added) {
            long seen = event.lastSeen().orElse(event.date()).toEpochMilli();
            for (Indicator indicator : new LinkedHashSet<>(event.indicators())) {
                builder.add(indicator.type(), indicator.value(), event.id(), event.confidence(),
                        seen);
            }
        }
        publish(dataset, builder.build(), started);
    }

    private void publish(Dataset dataset, DatasetIndex index, long started) {
        synchronized (this) {
            Map<String, DatasetIndex> next = new HashMap<>(byDataset);
            next.put(dataset.id(), index);
            byDataset = Map.copyOf(next);
        }
        LOG.info("indexed {} indicator sightings of dataset '{}' in {} ms", index.postings(),
                dataset.name(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Drops the indexes of datasets not in {@code keep}. */
    public synchronized void retainOnly(Set<String> keep) {
        Map<String, DatasetIndex> next = new HashMap<>(byDataset);
        next.keySet().retainAll(keep);
        byDataset = Map.copyOf(next);
    }

    /** A matcher over the indexes of these datasets, always their latest versions. */
    public IndicatorMatcher matcher(Set<String> datasetIds) {
        return new ScopedMatcher(this, Set.copyOf(datasetIds));
    }

    Map<String, DatasetIndex> snapshot() {
        return byDataset;
    }

    long nowMillis() {
        return clock.millis();
    }

    /** Looks up distinct indicators in these indexes. */
    static MatchReport match(DatasetIndex[] indexes, Collection<Indicator> indicators,
            long nowMillis) {
        Set<Indicator> distinct = new LinkedHashSet<>(indicators);
        List<IndicatorMatch> matches = new ArrayList<>();
        List<MatchedEvent> events = new ArrayList<>();
        for (Indicator indicator : distinct) {
            events.clear();
            for (DatasetIndex index : indexes) {
                index.collect(indicator, nowMillis, events);
            }
            if (!events.isEmpty()) {
                events.sort(BEST_FIRST);
                boolean expired = events.stream().allMatch(MatchedEvent::expired);
                matches.add(new IndicatorMatch(indicator, events.getFirst().score(), expired,
                        events));
            }
        }
        return new MatchReport(distinct.size(), matches);
    }
}
