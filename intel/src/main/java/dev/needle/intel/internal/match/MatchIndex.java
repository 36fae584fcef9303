package dev.needle.intel.internal.match;

import dev.needle.core.indicator.Indicator;
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
 * import rebuilds its dataset's index from the store and swaps it in; readers always see a
 * whole index, old or new. Rebuilding costs time linear in the dataset's indicator count.
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
        DatasetIndex index = builder.build();
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
