package dev.needle.intel.internal.store;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.service.SearchTerm;
import dev.needle.intel.service.SortOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A query as a dataset store runs it: the user's conditions plus those the service adds.
 *
 * @param terms the user's conditions
 * @param text free-text words
 * @param withIndicator an exact indicator the events must carry
 * @param releasableOnly whether only TLP clear and green events qualify
 * @param sortField the field to sort by
 * @param sortType the type of its values across the datasets queried
 * @param order the sort direction
 * @param after the key after which to continue
 * @param limit the most events to return
 */
public record EventQuery(List<SearchTerm> terms, String text, Optional<Indicator> withIndicator,
        boolean releasableOnly, String sortField, SortType sortType, SortOrder order,
        Optional<SortKey> after, int limit) {

    public EventQuery {
        terms = List.copyOf(terms);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(withIndicator, "withIndicator");
        Objects.requireNonNull(sortField, "sortField");
        Objects.requireNonNull(sortType, "sortType");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(after, "after");
    }

    /** Newest first, by date. */
    public static EventQuery newest(List<SearchTerm> terms, int limit) {
        return new EventQuery(terms, "", Optional.empty(), false, "date", SortType.LONG,
                SortOrder.DESC, Optional.empty(), limit);
    }

    /** This query restricted to events carrying {@code indicator}. */
    public EventQuery withIndicator(Indicator indicator) {
        return new EventQuery(terms, text, Optional.of(indicator), releasableOnly, sortField,
                sortType, order, after, limit);
    }

    /** This query restricted, or not, to TLP clear and green. */
    public EventQuery releasableOnly(boolean only) {
        return new EventQuery(terms, text, withIndicator, only, sortField, sortType, order,
                after, limit);
    }

    /** This query returning at most {@code n} events. */
    public EventQuery limit(int n) {
        return new EventQuery(terms, text, withIndicator, releasableOnly, sortField, sortType,
                order, after, n);
    }
}
