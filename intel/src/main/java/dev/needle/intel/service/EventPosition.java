package dev.needle.intel.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * A place in a dataset's added order: an added time and an event id, compared by time, then by
 * the id's lower-case text (the order of PostgreSQL's uuid type and of SQLite text).
 *
 * @param added the added time
 * @param eventId the event id
 */
public record EventPosition(Instant added, UUID eventId) implements Comparable<EventPosition> {

    private static final UUID LAST_ID = new UUID(-1L, -1L);
    private static final Comparator<EventPosition> ORDER = Comparator
            .comparing(EventPosition::added)
            .thenComparing(position -> position.eventId().toString());

    public EventPosition {
        Objects.requireNonNull(added, "added");
        Objects.requireNonNull(eventId, "eventId");
    }

    /** The position after every event added at {@code time} or before. */
    public static EventPosition endOf(Instant time) {
        return new EventPosition(time, LAST_ID);
    }

    @Override
    public int compareTo(EventPosition other) {
        return ORDER.compare(this, other);
    }
}
