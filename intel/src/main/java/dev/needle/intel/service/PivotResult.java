package dev.needle.intel.service;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import java.util.List;
import java.util.Objects;

/**
 * A pivot from one indicator: its events, the other indicators of those events, and the other
 * events of the same attackers. Everything comes from datasets the caller may read.
 *
 * @param indicator where the pivot started
 * @param events events carrying the indicator, newest first
 * @param coIndicators the other indicators of those events, the most shared first
 * @param attackerEvents other events by the attackers of {@code events}, newest first
 * @param completeness whether every dataset store answered, and whether lists were cut
 */
public record PivotResult(Indicator indicator, List<ThreatEvent> events,
        List<LinkedIndicator> coIndicators, List<ThreatEvent> attackerEvents,
        Completeness completeness) {

    public PivotResult {
        Objects.requireNonNull(indicator, "indicator");
        events = List.copyOf(events);
        coIndicators = List.copyOf(coIndicators);
        attackerEvents = List.copyOf(attackerEvents);
        Objects.requireNonNull(completeness, "completeness");
    }
}
