package dev.needle.app.http.web;

import dev.needle.intel.ThreatEvent;

/** What the event page shows: one event, every field. */
public record EventView(ThreatEvent event) {
}
