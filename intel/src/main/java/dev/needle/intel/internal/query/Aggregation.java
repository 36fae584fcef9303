package dev.needle.intel.internal.query;

import dev.needle.intel.internal.store.AggregateBucket;
import dev.needle.intel.internal.store.EventQuery;
import dev.needle.intel.internal.store.RollupQuery;
import dev.needle.intel.internal.store.SortType;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.AggregateResult;
import dev.needle.intel.service.AggregateRow;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.SortOrder;
import java.util.List;
import java.util.Optional;

/**
 * Counts over several stores, summed per group across stores. A query a rollup can answer
 * exactly reads the rollup tables, and its total is the sum of its groups, since each event
 * falls in one group, or, when it groups by technique, where an event falls in one group per
 * technique, the sum of a second rollup read that counts each event once; any other reads the
 * events: the total from one fan-out, the groups from another.
 */
public final class Aggregation {

    private final EventFinder finder;

    public Aggregation(EventFinder finder) {
        this.finder = finder;
    }

    /** Runs the query over these datasets, which the caller may read. */
    public AggregateResult run(List<Dataset> datasets, AggregateQuery query) {
        QueryPlanner.requireKnownFields(datasets, query.terms());
        Optional<RollupQuery> rollup = RollupQuery.plan(query);
        return rollup.isPresent() ? fromRollup(datasets, query, rollup.get())
                : fromEvents(datasets, query);
    }

    private AggregateResult fromRollup(List<Dataset> datasets, AggregateQuery query,
            RollupQuery rollup) {
        FanOut.Gathered<List<AggregateBucket>> groups = finder.aggregate(datasets, rollup);
        CompletenessTally tally = new CompletenessTally();
        Optional<RollupQuery> totals = rollup.totals();
        if (totals.isPresent()) {
            FanOut.Gathered<List<AggregateBucket>> counted = finder.aggregate(datasets,
                    totals.get());
            tally.add(counted.completeness());
            return result(query, sum(counted), groups, tally);
        }
        return result(query, sum(groups), groups, tally);
    }

    private static long sum(FanOut.Gathered<List<AggregateBucket>> groups) {
        return groups.results().values().stream().flatMap(List::stream)
                .mapToLong(AggregateBucket::count).sum();
    }

    private AggregateResult fromEvents(List<Dataset> datasets, AggregateQuery query) {
        EventQuery filter = new EventQuery(query.terms(), query.text(), Optional.empty(), false,
                "date", SortType.LONG, SortOrder.DESC, Optional.empty(), 1);
        FanOut.Gathered<Long> counts = finder.count(datasets, filter);
        FanOut.Gathered<List<AggregateBucket>> groups = finder.aggregate(datasets, filter,
                query.by(), query.perDay());
        CompletenessTally tally = new CompletenessTally();
        tally.add(counts.completeness());
        long total = counts.results().values().stream().mapToLong(Long::longValue).sum();
        return result(query, total, groups, tally);
    }

    private static AggregateResult result(AggregateQuery query, long total,
            FanOut.Gathered<List<AggregateBucket>> groups, CompletenessTally tally) {
        tally.add(groups.completeness());
        List<AggregateBucket> merged = AggregateMerge.merge(groups.results().values());
        if (merged.size() > query.limit()) {
            tally.warn(merged.size() + " groups cut to the limit of " + query.limit());
            merged = merged.subList(0, query.limit());
        }
        List<AggregateRow> rows = merged.stream()
                .map(bucket -> AggregateMerge.row(bucket, query.by(), query.perDay())).toList();
        return new AggregateResult(query.by(), total, rows, tally.result());
    }
}
