package dev.needle.intel.export;

import dev.needle.core.indicator.Indicator;
import java.util.Objects;
import java.util.UUID;

/**
 * An indicator an export left out, with its event and why.
 *
 * @param eventId the event that carries it
 * @param indicator the indicator as stored
 * @param reason why it was not written, such as {@code 'x y' is not a domain name}
 */
public record SkippedIndicator(UUID eventId, Indicator indicator, String reason) {

    public SkippedIndicator {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "event " + eventId + ", " + indicator.type().label() + " indicator: " + reason;
    }
}
