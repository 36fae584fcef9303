package dev.needle.app.cli;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.IndicatorMatch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.MatchedEvent;
import dev.needle.intel.service.Principal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks indicators up and gives each matched event its headline and attacker, which a
 * {@link MatchedEvent} does not carry; each event is read once however many indicators it
 * matched.
 */
final class IndicatorLookup {

    private final IntelService intel;
    private final Principal reader;
    private final Map<UUID, Optional<ThreatEvent>> events = new HashMap<>();

    IndicatorLookup(IntelService intel, Principal reader) {
        this.intel = intel;
        this.reader = reader;
    }

    /** The known indicators among {@code indicators}, by indicator. */
    Map<Indicator, IndicatorMatch> match(Collection<Indicator> indicators) {
        Map<Indicator, IndicatorMatch> known = new LinkedHashMap<>();
        for (IndicatorMatch match : intel.match(reader, indicators).matches()) {
            known.put(match.indicator(), match);
        }
        return known;
    }

    /** The events of a match as JSON objects, best score first. */
    List<Map<String, Object>> describe(IndicatorMatch match) {
        return match.events().stream().map(this::describe).toList();
    }

    /** The event a match names, when it is still readable. */
    Optional<ThreatEvent> event(MatchedEvent matched) {
        return events.computeIfAbsent(matched.event(),
                id -> intel.event(reader, matched.dataset(), id));
    }

    private Map<String, Object> describe(MatchedEvent matched) {
        Optional<ThreatEvent> event = event(matched);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", matched.dataset());
        json.put("eventId", matched.event().toString());
        json.put("headline", event.map(ThreatEvent::headline).orElse(""));
        json.put("attacker", event.map(ThreatEvent::attacker).orElse(""));
        json.put("score", matched.score());
        json.put("expired", matched.expired());
        json.put("confidence", matched.confidence());
        json.put("lastSeen", matched.lastSeen());
        json.put("via", EventViews.asJson(matched.via()));
        return json;
    }
}
