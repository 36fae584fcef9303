package dev.needle.analyst;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hand-made events of one attacker, "Crew X", for the kill-chain, new-technique and targeting
 * tools: reconnaissance on 1 January 2025 (T1595), delivery on 5 and 6 January (T1566),
 * exploitation on 1 February (T1190), and one event without a stage on 2 February. All target
 * "Financial Services" in Germany.
 */
final class CrewEvents {

    static final String ATTACKER = "Crew X";

    private CrewEvents() {
    }

    static ParsedFeed feed(String dataset) {
        return new ParsedFeed(List.of(
                event(dataset, "2025-01-01T10:00:00Z", KillChainStage.RECONNAISSANCE, "T1595",
                        "192.0.2.201"),
                event(dataset, "2025-01-05T10:00:00Z", KillChainStage.DELIVERY, "T1566",
                        "192.0.2.202"),
                event(dataset, "2025-01-06T10:00:00Z", KillChainStage.DELIVERY, "T1566",
                        "192.0.2.203"),
                event(dataset, "2025-02-01T10:00:00Z", KillChainStage.EXPLOITATION, "T1190",
                        "192.0.2.204"),
                new ThreatEvent(UUID.nameUUIDFromBytes("crew-x-5".getBytes()), dataset,
                        Instant.parse("2025-02-02T10:00:00Z"), "Crew X unstaged note", "Note",
                        ATTACKER, "RU", "DE", "Financial Services",
                        List.of(new Indicator(IndicatorType.IPV4, "192.0.2.205")),
                        Optional.empty(), List.of(), List.of(), Tlp.GREEN, 50, Optional.empty(),
                        Optional.empty(), "", List.of(), Map.of())), List.of());
    }

    private static ThreatEvent event(String dataset, String date, KillChainStage stage,
            String technique, String ip) {
        return new ThreatEvent(UUID.nameUUIDFromBytes(("crew-x-" + date).getBytes()), dataset,
                Instant.parse(date), "Crew X " + stage.label(), "Intrusion", ATTACKER, "RU", "DE",
                "Financial Services", List.of(new Indicator(IndicatorType.IPV4, ip)),
                Optional.of(stage), List.of(technique), List.of(), Tlp.GREEN, 80,
                Optional.empty(), Optional.empty(), "", List.of(), Map.of());
    }
}
