package dev.needle.intel.internal.query;

import dev.needle.intel.internal.store.AggregateBucket;
import dev.needle.intel.internal.store.EventQuery;
import dev.needle.intel.internal.store.SortType;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.AggregateResult;
import dev.needle.intel.service.AggregateRow;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.SortOrder;
import java.util.List;
import java.util.Optional;

/**
 * Counts over several stores: the total of matching events from one fan-out, the groups from
 * another, summed per group across stores.
 */
public final class Aggregation {

    private final EventFinder finder;

    public Aggregation(EventFinder finder) {
        this.finder = finder;
    }

    /** Runs the query over these datasets, which the caller may read. */
    public AggregateResult run(List<Dataset> datasets, AggregateQuery query) {
        QueryPlanner.requireKnownFields(datasets, query.terms());
        EventQuery filter = new EventQuery(query.terms(), query.text(), Optional.empty(), false,
                "date", SortType.LONG, SortOrder.DESC, Optional.empty(), 1);
        FanOut.Gathered<Long> counts = finder.count(datasets, filter);
        FanOut.Gathered<List<AggregateBucket>> groups = finder.aggregate(datasets, filter,
                query.by(), query.perDay());

        CompletenessTally tally = new CompletenessTally();
        tally.add(counts.completeness());
        tally.add(groups.completeness());
        long total = counts.results().values().stream().mapToLong(Long::longValue).sum();
        List<AggregateBucket> merged = AggregateMerge.merge(groups.results().values());
        if (merged.size() > query.limit()) {
            tally.warn(merged.size() + " groups cut to the limit of " + query.limit());
            merged = merged.subList(0, query.limit());
        }
        List<AggregateRow> rows = merged.stream()
                .map(bucket -> AggregateMerge.row(bucket, query.by())).toList();
        return new AggregateResult(query.by(), total, rows, tally.result());
    }
}
