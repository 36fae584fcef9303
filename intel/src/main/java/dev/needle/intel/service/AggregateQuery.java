package dev.needle.intel.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts of events by some dimensions, optionally per UTC day: the data behind an attacker
 * timelapse ({@code by = [ATTACKER], perDay = true}) or a chart of targeted industries.
 *
 * @param scope the datasets counted
 * @param by the dimensions to group by, each at most once; empty for totals only
 * @param perDay whether to group by the UTC day of the event date as well
 * @param terms conditions the counted events meet, as in {@link EventSearch}
 * @param text free text the counted events contain, as in {@link EventSearch}
 * @param limit the most rows returned, 1 to {@value #MAX_LIMIT}
 */
public record AggregateQuery(DatasetScope scope, List<AggregateDimension> by, boolean perDay,
        List<SearchTerm> terms, String text, int limit) {

    /** The most rows an aggregate returns. */
    public static final int MAX_LIMIT = 100_000;

    public AggregateQuery {
        Objects.requireNonNull(scope, "scope");
        by = List.copyOf(by);
        terms = List.copyOf(terms);
        text = Objects.requireNonNullElse(text, "").strip();
        if (by.stream().distinct().count() != by.size()) {
            throw new IllegalArgumentException("a dimension is repeated in " + by);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit + " is not within 1 to "
                    + MAX_LIMIT);
        }
        if (terms.size() > EventSearch.MAX_TERMS) {
            throw new IllegalArgumentException("an aggregate takes at most "
                    + EventSearch.MAX_TERMS + " terms; got " + terms.size());
        }
    }

    /** Counts over all readable datasets by these dimensions, at most 10,000 rows. */
    public static AggregateQuery counting(AggregateDimension... dimensions) {
        return new AggregateQuery(DatasetScope.everything(), List.of(dimensions), false,
                List.of(), "", 10_000);
    }

    /** This query split by UTC day. */
    public AggregateQuery splitByDay() {
        return new AggregateQuery(scope, by, true, terms, text, limit);
    }

    /** This query over these datasets. */
    public AggregateQuery inDatasets(String... names) {
        return new AggregateQuery(DatasetScope.of(names), by, perDay, terms, text, limit);
    }

    /** This query counting only events that meet {@code term} too. */
    public AggregateQuery where(SearchTerm term) {
        List<SearchTerm> more = new ArrayList<>(terms);
        more.add(term);
        return new AggregateQuery(scope, by, perDay, more, text, limit);
    }
}
