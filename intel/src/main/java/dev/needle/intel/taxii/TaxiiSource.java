package dev.needle.intel.taxii;

import dev.needle.intel.service.AddedEvent;
import dev.needle.intel.service.EventPosition;
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
     * position the list starts at the first event. Added times should be whole microseconds
     * and differ between the events of a dataset, because TAXII clients send the last one
     * they saw back as {@code added_after} to resume: a time shared with an event not yet
     * sent would skip it.
     *
     * @param dataset one of {@link #readableDatasets()}
     * @param position where the previous read stopped, or empty to start at the beginning
     * @param limit at least 1
     */
    List<AddedEvent> eventsAfter(String dataset, Optional<EventPosition> position, int limit);
}
