package dev.needle.intel.service;

import dev.needle.intel.internal.query.SearchCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A search over events: which datasets, which conditions (all must hold), free text, order,
 * page size, and where to continue.
 *
 * <p>Pages are cut by key, never by offset: a cursor holds the sort value and id of the last
 * event returned plus this whole query, so the next page starts right after that event even
 * when events were added meanwhile. {@link #fromCursor(String)} rebuilds the search from a
 * cursor alone.
 *
 * @param scope the datasets searched
 * @param terms conditions that must all hold
 * @param text words that must each occur in the headline or the insight, ignoring ASCII case;
 *     empty for none
 * @param sortField a single-valued field (built-in or extra) to sort by; ties go by event id,
 *     then dataset name
 * @param order the direction of the sort
 * @param pageSize 1 to {@value #MAX_PAGE_SIZE} events per page
 * @param cursor where the previous page ended; empty for the first page
 */
public record EventSearch(DatasetScope scope, List<SearchTerm> terms, String text,
        String sortField, SortOrder order, int pageSize, Optional<String> cursor) {

    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 25_000;

    /** The page size when none is given. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** The most terms a search takes. */
    public static final int MAX_TERMS = 50;

    public EventSearch {
        Objects.requireNonNull(scope, "scope");
        terms = List.copyOf(terms);
        text = Objects.requireNonNullElse(text, "").strip();
        Objects.requireNonNull(sortField, "sortField");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(cursor, "cursor");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + pageSize + " is not within 1 to "
                    + MAX_PAGE_SIZE);
        }
        if (terms.size() > MAX_TERMS) {
            throw new IllegalArgumentException("a search takes at most " + MAX_TERMS
                    + " terms; got " + terms.size());
        }
        if (text.length() > 1000) {
            throw new IllegalArgumentException("search text is " + text.length()
                    + " characters; the limit is 1000");
        }
    }

    /** All readable datasets, no conditions, newest first, {@value #DEFAULT_PAGE_SIZE} a page. */
    public static EventSearch everything() {
        return new EventSearch(DatasetScope.everything(), List.of(), "", "date", SortOrder.DESC,
                DEFAULT_PAGE_SIZE, Optional.empty());
    }

    /** The search a cursor was issued for, positioned after its page. */
    public static EventSearch fromCursor(String cursor) {
        return SearchCursor.decode(cursor).query().withCursor(cursor);
    }

    /** This search over these datasets. */
    public EventSearch inDatasets(String... names) {
        return new EventSearch(DatasetScope.of(names), terms, text, sortField, order, pageSize,
                cursor);
    }

    /** This search with one more condition. */
    public EventSearch where(String field, SearchOperator operator, String value) {
        return and(SearchTerm.of(field, operator, value));
    }

    /** This search with one more condition. */
    public EventSearch and(SearchTerm term) {
        List<SearchTerm> more = new ArrayList<>(terms);
        more.add(term);
        return new EventSearch(scope, more, text, sortField, order, pageSize, cursor);
    }

    /** This search with free text. */
    public EventSearch withText(String words) {
        return new EventSearch(scope, terms, words, sortField, order, pageSize, cursor);
    }

    /** This search sorted differently. */
    public EventSearch sortedBy(String field, SortOrder direction) {
        return new EventSearch(scope, terms, text, field, direction, pageSize, cursor);
    }

    /** This search with another page size. */
    public EventSearch withPageSize(int size) {
        return new EventSearch(scope, terms, text, sortField, order, size, cursor);
    }

    /** This search continuing after the page that returned {@code next}. */
    public EventSearch withCursor(String next) {
        return new EventSearch(scope, terms, text, sortField, order, pageSize,
                Optional.of(next));
    }

    /** This search from its first page. */
    public EventSearch firstPage() {
        return new EventSearch(scope, terms, text, sortField, order, pageSize, Optional.empty());
    }
}
