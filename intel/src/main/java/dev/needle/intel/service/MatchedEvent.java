package dev.needle.intel.service;

import dev.needle.core.indicator.Indicator;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event that knows a looked-up indicator.
 *
 * @param dataset the event's dataset
 * @param event the event's id
 * @param via the stored indicator that matched: the same one, or a CIDR block holding it
 * @param confidence the event's confidence
 * @param lastSeen when the event last saw it (its last-seen time, or its date)
 * @param score the confidence after the dataset's decay rule for {@code via}'s type
 * @param expired whether the score is below that rule's expiry threshold
 */
public record MatchedEvent(String dataset, UUID event, Indicator via, int confidence,
        Instant lastSeen, double score, boolean expired) {

    public MatchedEvent {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }
}
