package dev.needle.intel;

import java.util.List;

/** What an importer read from one file: its events, and warnings about what it set aside. */
public record ParsedFeed(List<ThreatEvent> events, List<ImportWarning> warnings) {

    public ParsedFeed {
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}
