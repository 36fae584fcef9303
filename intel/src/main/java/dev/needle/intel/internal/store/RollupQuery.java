package dev.needle.intel.internal.store;

import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.EventField;
import dev.needle.intel.service.SearchTerm;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An aggregate answered from a {@link Rollup} table rather than from the events, exactly as
 * the events would answer it.
 *
 * <p>A query qualifies when it has no free text, groups by none but the rolled-up columns,
 * and each of its terms is either on a rolled-up column, with any operator, since the
 * condition then reads the same value in the rollup as in the event, or an ordering on the
 * date whose bound falls between two UTC days, such as {@code date gte 2025-05-01} or
 * {@code date lte 2025-05-31T23:59:59.999Z}. A date bound inside a day, equality on a date,
 * or a term on any other field leaves the query to the events. A term on the technique is
 * such a field: it keeps or drops whole events, each with all its techniques, which a table
 * of per-technique counts cannot tell apart.
 *
 * <p>A query grouped by technique reads the technique table, whose groups add up to more than
 * the events; its total comes from {@link #totals()}.
 *
 * @param rollup the table to read
 * @param by the dimensions to group by
 * @param perDay whether to group by day as well
 * @param terms the query's terms, all of them
 * @param dayBounds for each term on the date, by its index in {@code terms}, the same
 *     condition on the day
 */
public record RollupQuery(Rollup rollup, List<AggregateDimension> by, boolean perDay,
        List<SearchTerm> terms, Map<Integer, DayBound> dayBounds) {

    static final long DAY_MILLIS = 86_400_000L;

    public RollupQuery {
        by = List.copyOf(by);
        terms = List.copyOf(terms);
        dayBounds = Map.copyOf(dayBounds);
    }

    /** The rollup query that answers {@code query} exactly, or empty if none can. */
    public static Optional<RollupQuery> plan(AggregateQuery query) {
        if (!query.text().isEmpty()) {
            return Optional.empty();
        }
        Set<String> needed = new HashSet<>();
        for (AggregateDimension dimension : query.by()) {
            needed.add(column(dimension));
        }
        Map<Integer, DayBound> bounds = new HashMap<>();
        for (int i = 0; i < query.terms().size(); i++) {
            SearchTerm term = query.terms().get(i);
            Optional<EventField> field = EventField.byName(term.field());
            if (field.isPresent() && field.get() == EventField.DATE) {
                Optional<DayBound> bound = DayBound.of(term);
                if (bound.isEmpty()) {
                    return Optional.empty();
                }
                bounds.put(i, bound.get());
                continue;
            }
            Optional<String> column = field.flatMap(RollupQuery::column);
            if (column.isEmpty()) {
                return Optional.empty();
            }
            needed.add(column.get());
        }
        return narrowest(needed).map(r -> new RollupQuery(r, query.by(), query.perDay(),
                query.terms(), bounds));
    }

    /**
     * The query that counts the events this one's groups count, once each, in one group; empty
     * when each event falls in one of this query's groups, so that their sum is the total.
     */
    public Optional<RollupQuery> totals() {
        if (!rollup.perTechnique()) {
            return Optional.empty();
        }
        Set<String> needed = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            if (!dayBounds.containsKey(i)) {
                EventField.byName(terms.get(i).field()).flatMap(RollupQuery::column)
                        .ifPresent(needed::add);
            }
        }
        Rollup counting = narrowest(needed).orElseThrow(() -> new IllegalStateException(
                "no rollup counts events once with the columns " + needed));
        return Optional.of(new RollupQuery(counting, List.of(), false, terms, dayBounds));
    }

    private static Optional<Rollup> narrowest(Set<String> needed) {
        return Arrays.stream(Rollup.values()).filter(r -> r.covers(needed)).findFirst();
    }

    /**
     * Whether each row of the rollup is a group of its own: the query groups by day and by
     * exactly the rollup's columns, so its rows need no summing.
     */
    boolean rowPerGroup() {
        Set<String> grouped = new HashSet<>();
        by.forEach(dimension -> grouped.add(column(dimension)));
        return perDay && grouped.equals(Set.copyOf(rollup.columns()));
    }

    private static String column(AggregateDimension dimension) {
        return switch (dimension) {
            case ATTACKER -> "attacker";
            case CATEGORY -> "category";
            case TARGET_COUNTRY -> "target_country";
            case TARGET_INDUSTRY -> "target_industry";
            case KILL_CHAIN_STAGE -> "kill_chain";
            case TECHNIQUE -> "technique";
        };
    }

    private static Optional<String> column(EventField field) {
        return switch (field) {
            case ATTACKER -> Optional.of("attacker");
            case CATEGORY -> Optional.of("category");
            case TARGET_COUNTRY -> Optional.of("target_country");
            case TARGET_INDUSTRY -> Optional.of("target_industry");
            case KILL_CHAIN -> Optional.of("kill_chain");
            default -> Optional.empty();
        };
    }
}
