package dev.needle.app.http.web;

import dev.needle.intel.ThreatEvent;
import java.util.Optional;

/** What the event page shows: one event, every field. */
public record EventView(ThreatEvent event) {

    /** The link that asks the analyst about the event, if it has an attacker or indicator. */
    public Optional<String> ask() {
        return AskLinks.event(event);
    }
}
