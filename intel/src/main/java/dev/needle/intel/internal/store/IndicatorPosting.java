package dev.needle.intel.internal.store;

/**
 * One indicator of one stored event, as the match index loads it.
 *
 * @param type the indicator type label
 * @param value the canonical value
 * @param eventId the event id as stored
 * @param confidence the event's confidence
 * @param seenMillis the event's last-seen time, or its date, in epoch milliseconds
 */
public record IndicatorPosting(String type, String value, String eventId, int confidence,
        long seenMillis) {
}
