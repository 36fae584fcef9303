package dev.needle.intel.internal.query;

import dev.needle.intel.internal.store.EventQuery;

/** Sorted events over the datasets one reader may see; pivots and graphs read through it. */
@FunctionalInterface
public interface EventSource {

    /** The first {@code query.limit()} events matching the query. */
    EventFinder.Found find(EventQuery query);
}
