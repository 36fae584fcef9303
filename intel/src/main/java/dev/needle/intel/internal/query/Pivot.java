package dev.needle.intel.internal.query;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.internal.store.EventQuery;
import dev.needle.intel.internal.store.StoredEvent;
import dev.needle.intel.service.LinkedIndicator;
import dev.needle.intel.service.PivotResult;
import dev.needle.intel.service.SearchTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Indicator, then its events, then their other indicators, then the same attackers' other
 * events. Exact indicators only: an address does not reach events of a block holding it here
 * (matching does that).
 */
public final class Pivot {

    private final EventSource source;
    private final int limit;
    private final CompletenessTally tally = new CompletenessTally();

    public Pivot(EventSource source, int limit) {
        this.source = source;
        this.limit = limit;
    }

    /** Runs the pivot. */
    public PivotResult from(Indicator indicator) {
        List<ThreatEvent> events = events(EventQuery.newest(List.of(), limit)
                .withIndicator(indicator), "events");
        List<LinkedIndicator> coIndicators = coIndicators(indicator, events);
        List<ThreatEvent> attackerEvents = attackerEvents(events);
        return new PivotResult(indicator, events, coIndicators, attackerEvents, tally.result());
    }

    private List<LinkedIndicator> coIndicators(Indicator seed, List<ThreatEvent> events) {
        Map<Indicator, List<UUID>> byIndicator = new LinkedHashMap<>();
        for (ThreatEvent event : events) {
            for (Indicator other : new HashSet<>(event.indicators())) {
                if (!other.equals(seed)) {
                    byIndicator.computeIfAbsent(other, k -> new ArrayList<>()).add(event.id());
                }
            }
        }
        List<LinkedIndicator> linked = new ArrayList<>();
        byIndicator.forEach((other, ids) -> linked.add(new LinkedIndicator(other, ids)));
        linked.sort(Comparator.comparingInt((LinkedIndicator l) -> l.events().size()).reversed()
                .thenComparing(l -> l.indicator().type())
                .thenComparing(l -> l.indicator().value()));
        if (linked.size() > limit) {
            tally.warn("co-indicators cut at " + limit);
            return linked.subList(0, limit);
        }
        return linked;
    }

    private List<ThreatEvent> attackerEvents(List<ThreatEvent> events) {
        TreeSet<String> attackers = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (ThreatEvent event : events) {
            if (!event.attacker().isEmpty()) {
                attackers.add(event.attacker());
            }
            seen.add(event.dataset() + "/" + event.id());
        }
        if (attackers.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(attackers).subList(0,
                Math.min(attackers.size(), SearchTerm.MAX_IN_VALUES));
        List<ThreatEvent> found = events(EventQuery.newest(List.of(SearchTerm.in("attacker",
                names)), limit + seen.size()), "attacker events");
        List<ThreatEvent> others = found.stream()
                .filter(event -> !seen.contains(event.dataset() + "/" + event.id())).toList();
        return others.size() > limit ? others.subList(0, limit) : others;
    }

    private List<ThreatEvent> events(EventQuery query, String what) {
        EventFinder.Found found = source.find(query);
        tally.add(found.completeness());
        if (found.more()) {
            tally.warn(what + " cut at " + query.limit());
        }
        return found.events().stream().map(StoredEvent::event).toList();
    }
}
