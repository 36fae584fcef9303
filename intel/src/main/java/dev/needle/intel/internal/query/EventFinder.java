package dev.needle.intel.internal.query;

import dev.needle.intel.internal.store.AggregateBucket;
import dev.needle.intel.internal.store.DatasetStore;
import dev.needle.intel.internal.store.EventQuery;
import dev.needle.intel.internal.store.RollupQuery;
import dev.needle.intel.internal.store.SortKey;
import dev.needle.intel.internal.store.StoredEvent;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.Completeness;
import dev.needle.intel.service.Dataset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a query over several dataset stores: prepares it for each (a bad query fails here, on
 * the caller's thread), fans out, and merges. Sorted reads ask each store for one event more
 * than wanted, so that whether another page exists is known without a second round.
 */
public final class EventFinder {

    private final FanOut fanOut;
    private final Function<Dataset, DatasetStore> stores;

    public EventFinder(FanOut fanOut, Function<Dataset, DatasetStore> stores) {
        this.fanOut = fanOut;
        this.stores = stores;
    }

    /**
     * The first {@code query.limit()} events over the datasets, in order.
     *
     * @param releasableOnly ids of datasets from which only TLP clear and green events qualify
     */
    public Found find(List<Dataset> datasets, EventQuery query, Set<String> releasableOnly) {
        Map<Dataset, Supplier<List<StoredEvent>>> tasks = new LinkedHashMap<>();
        for (Dataset dataset : datasets) {
            EventQuery own = query.releasableOnly(releasableOnly.contains(dataset.id()))
                    .limit(query.limit() + 1);
            tasks.put(dataset, prepared(dataset, store -> store.prepareSelect(own,
                    dataset.name())));
        }
        FanOut.Gathered<List<StoredEvent>> gathered = fanOut.run(tasks);
        List<StoredEvent> merged = KWayMerge.merge(gathered.results().values(),
                SortKey.order(query.order()), query.limit() + 1);
        boolean more = merged.size() > query.limit();
        return new Found(more ? merged.subList(0, query.limit()) : merged, more,
                gathered.completeness());
    }

    /** How many events match over the datasets. */
    public FanOut.Gathered<Long> count(List<Dataset> datasets, EventQuery query) {
        Map<Dataset, Supplier<Long>> tasks = new LinkedHashMap<>();
        for (Dataset dataset : datasets) {
            tasks.put(dataset, prepared(dataset, store -> store.prepareCount(query)));
        }
        return fanOut.run(tasks);
    }

    /** Each store's groups. */
    public FanOut.Gathered<List<AggregateBucket>> aggregate(List<Dataset> datasets,
            EventQuery query, List<AggregateDimension> by, boolean perDay) {
        Map<Dataset, Supplier<List<AggregateBucket>>> tasks = new LinkedHashMap<>();
        for (Dataset dataset : datasets) {
            tasks.put(dataset, prepared(dataset, store -> store.prepareAggregate(query, by,
                    perDay)));
        }
        return fanOut.run(tasks);
    }

    /** Each store's groups, read from its rollup table. */
    public FanOut.Gathered<List<AggregateBucket>> aggregate(List<Dataset> datasets,
            RollupQuery query) {
        Map<Dataset, Supplier<List<AggregateBucket>>> tasks = new LinkedHashMap<>();
        for (Dataset dataset : datasets) {
            tasks.put(dataset, prepared(dataset, store -> store.prepareRollup(query)));
        }
        return fanOut.run(tasks);
    }

    /**
     * A store's prepared read. A store that cannot even be opened becomes a task that fails,
     * so it is reported like any other failed store.
     */
    private <T> Supplier<T> prepared(Dataset dataset,
            Function<DatasetStore, Supplier<T>> prepare) {
        DatasetStore store;
        try {
            store = stores.apply(dataset);
        } catch (RuntimeException e) {
            return () -> {
                throw e;
            };
        }
        return prepare.apply(store);
    }

    /**
     * Sorted events from several stores.
     *
     * @param events the events, in order
     * @param more whether more events follow
     * @param completeness whether every store answered
     */
    public record Found(List<StoredEvent> events, boolean more, Completeness completeness) {

        public Found {
            events = List.copyOf(events);
        }
    }
}
