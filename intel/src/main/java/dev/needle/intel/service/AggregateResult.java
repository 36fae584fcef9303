package dev.needle.intel.service;

import java.util.List;
import java.util.Objects;

/**
 * The counts of an aggregate: per day ascending when per day, then by count descending, then by
 * key.
 *
 * @param by the dimensions grouped by
 * @param total how many events matched, each counted once
 * @param rows the groups, at most the query's limit
 * @param completeness whether every dataset store answered, and whether rows were cut
 */
public record AggregateResult(List<AggregateDimension> by, long total, List<AggregateRow> rows,
        Completeness completeness) {

    public AggregateResult {
        by = List.copyOf(by);
        rows = List.copyOf(rows);
        Objects.requireNonNull(completeness, "completeness");
    }
}
