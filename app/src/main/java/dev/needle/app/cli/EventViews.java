package dev.needle.app.cli;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.EventPage;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Threat events as the intel commands print them: JSON objects with the search API's field
 * names and labels ({@code ipv4}, {@code command-and-control}, {@code amber}), and every page
 * of a search gathered for the commands that need all events.
 */
final class EventViews {

    private EventViews() {
    }

    /** One event as a JSON object. */
    static Map<String, Object> asJson(ThreatEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", event.id().toString());
        json.put("dataset", event.dataset());
        json.put("date", event.date());
        json.put("headline", event.headline());
        json.put("category", event.category());
        json.put("attacker", event.attacker());
        json.put("attackerCountry", event.attackerCountry());
        json.put("targetCountry", event.targetCountry());
        json.put("targetIndustry", event.targetIndustry());
        json.put("killChain", event.killChainStage().map(KillChainStage::label).orElse(""));
        json.put("mitreAttack", event.techniques());
        json.put("tags", event.tags());
        json.put("tlp", event.tlp().label());
        json.put("confidence", event.confidence());
        event.firstSeen().ifPresent(t -> json.put("firstSeen", t));
        event.lastSeen().ifPresent(t -> json.put("lastSeen", t));
        json.put("insight", event.insight());
        json.put("indicators", event.indicators().stream().map(EventViews::asJson).toList());
        return json;
    }

    /** One indicator as {@code {"type": "ipv4", "value": "192.0.2.1"}}. */
    static Map<String, Object> asJson(Indicator indicator) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", indicator.type().label());
        json.put("value", indicator.value());
        return json;
    }

    /** Every event of {@code search}, page by page; for exports and per-attacker totals. */
    static List<ThreatEvent> all(IntelService intel, Principal reader, EventSearch search) {
        List<ThreatEvent> events = new ArrayList<>();
        EventSearch next = search.withPageSize(EventSearch.MAX_PAGE_SIZE).firstPage();
        while (true) {
            EventPage page = intel.searchEvents(reader, next);
            events.addAll(page.events());
            Optional<String> cursor = page.nextCursor();
            if (cursor.isEmpty()) {
                return events;
            }
            next = next.withCursor(cursor.get());
        }
    }
}
