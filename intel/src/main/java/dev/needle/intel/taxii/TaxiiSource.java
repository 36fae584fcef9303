package dev.needle.intel.taxii;

import java.util.List;
import java.util.Optional;

/**
 * The events one caller may read over TAXII, dataset by dataset, in the order they were added.
 * The storage side implements it for an authenticated caller; the TAXII server never sees
 * anything else.
 */
public interface TaxiiSource {

    /** The names of the datasets the caller may read; an empty list when none. */
    List<String> readableDatasets();

    /**
     * The events of {@code dataset} that come after {@code position}, in added order, at most
     * {@code limit} of them.
     *
     * <p>Added order is by {@link AddedEvent#added()}, then by the event id's lower-case text,
     * and "after" is strict: an event at {@code position} itself is not returned. With no
     * position the list starts at the first event. Added times should keep microseconds (as
     * PostgreSQL and SQLite text timestamps do), because TAXII clients send them back to
     * resume.
     *
     * @param dataset one of {@link #readableDatasets()}
     * @param position where the previous read stopped, or empty to start at the beginning
     * @param limit at least 1
     */
    List<AddedEvent> eventsAfter(String dataset, Optional<EventPosition> position, int limit);
}
