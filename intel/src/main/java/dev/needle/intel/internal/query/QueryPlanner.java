package dev.needle.intel.internal.query;

import dev.needle.intel.internal.store.EventQuery;
import dev.needle.intel.internal.store.SortColumn;
import dev.needle.intel.internal.store.SortKey;
import dev.needle.intel.internal.store.SortType;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.EventField;
import dev.needle.intel.service.SearchTerm;
import dev.needle.intel.service.SortOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a query's field names against the datasets it covers and settles the type of its
 * sort: a field must be built in or declared by at least one of them, and a sort field
 * declared by several must have one sort type in all.
 */
public final class QueryPlanner {

    private QueryPlanner() {
    }

    /** The store query for these datasets. */
    public static EventQuery plan(List<Dataset> datasets, List<SearchTerm> terms, String text,
            String sortField, SortOrder order, Optional<SortKey> after, int limit) {
        requireKnownFields(datasets, terms);
        SortType type = sortType(datasets, sortField);
        after.ifPresent(key -> {
            if (key.type() != type) {
                throw new IllegalArgumentException("the cursor does not fit the sort by "
                        + sortField);
            }
        });
        return new EventQuery(terms, text, Optional.empty(), false, sortField, type, order,
                after, limit);
    }

    /** Fails on a term whose field no dataset knows, naming the term and the known fields. */
    public static void requireKnownFields(List<Dataset> datasets, List<SearchTerm> terms) {
        for (int i = 0; i < terms.size(); i++) {
            String field = terms.get(i).field();
            boolean known = EventField.byName(field).isPresent()
                    || datasets.stream().anyMatch(d -> d.extraFields().containsKey(field));
            if (!known) {
                throw new IllegalArgumentException("search term " + (i + 1) + ": unknown field '"
                        + field + "'; expected one of " + knownFields(datasets));
            }
        }
    }

    private static SortType sortType(List<Dataset> datasets, String field) {
        if (EventField.byName(field).isPresent()) {
            return SortColumn.typeOf(field, Map.of()).orElseThrow();
        }
        TreeSet<String> types = new TreeSet<>();
        for (Dataset dataset : datasets) {
            SortColumn.typeOf(field, dataset.extraFields()).ifPresent(t -> types.add(t.name()));
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("cannot sort by unknown field '" + field
                    + "'; expected one of " + knownFields(datasets));
        }
        if (types.size() > 1) {
            throw new IllegalArgumentException("cannot sort by '" + field + "': the datasets"
                    + " declare it with different types");
        }
        return SortType.valueOf(types.first());
    }

    private static String knownFields(List<Dataset> datasets) {
        TreeSet<String> names = Arrays.stream(EventField.values()).map(EventField::apiName)
                .collect(Collectors.toCollection(TreeSet::new));
        datasets.forEach(d -> names.addAll(d.extraFields().keySet()));
        return String.join(", ", names);
    }
}
