package dev.needle.intel.service;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Builds test events; numbered ids keep expected orders readable. */
final class EventBuilder {

    private final UUID id;
    private Instant date = Instant.parse("2025-05-01T00:00:00Z");
    private String headline = "";
    private String category = "";
    private String attacker = "";
    private String attackerCountry = "";
    private String targetCountry = "";
    private String targetIndustry = "";
    private final List<Indicator> indicators = new ArrayList<>();
    private Optional<KillChainStage> stage = Optional.empty();
    private List<String> techniques = List.of();
    private List<String> tags = List.of();
    private Tlp tlp = Tlp.GREEN;
    private int confidence = 50;
    private Optional<Instant> lastSeen = Optional.empty();
    private String insight = "";
    private List<UUID> related = List.of();
    private final Map<String, String> metadata = new LinkedHashMap<>();

    private EventBuilder(UUID id) {
        this.id = id;
    }

    /** An event with id {@link #uuid(int) uuid(n)}. */
    static EventBuilder event(int n) {
        return new EventBuilder(uuid(n));
    }

    /** A readable id: 00000000-0000-4000-8000-00000000000n. */
    static UUID uuid(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    static Indicator ipv4(String value) {
        return new Indicator(IndicatorType.IPV4, value);
    }

    static Indicator ioc(IndicatorType type, String value) {
        return new Indicator(type, value);
    }

    EventBuilder at(String instant) {
        date = Instant.parse(instant);
        return this;
    }

    EventBuilder headline(String text) {
        headline = text;
        return this;
    }

    EventBuilder category(String text) {
        category = text;
        return this;
    }

    EventBuilder attacker(String name, String country) {
        attacker = name;
        attackerCountry = country;
        return this;
    }

    EventBuilder target(String country, String industry) {
        targetCountry = country;
        targetIndustry = industry;
        return this;
    }

    EventBuilder indicator(IndicatorType type, String value) {
        indicators.add(new Indicator(type, value));
        return this;
    }

    EventBuilder stage(KillChainStage killChainStage) {
        stage = Optional.of(killChainStage);
        return this;
    }

    EventBuilder techniques(String... ids) {
        techniques = List.of(ids);
        return this;
    }

    EventBuilder tags(String... values) {
        tags = List.of(values);
        return this;
    }

    EventBuilder tlp(Tlp marking) {
        tlp = marking;
        return this;
    }

    EventBuilder confidence(int value) {
        confidence = value;
        return this;
    }

    EventBuilder lastSeen(String instant) {
        lastSeen = Optional.of(Instant.parse(instant));
        return this;
    }

    EventBuilder insight(String text) {
        insight = text;
        return this;
    }

    EventBuilder related(UUID... ids) {
        related = List.of(ids);
        return this;
    }

    EventBuilder meta(String key, String value) {
        metadata.put(key, value);
        return this;
    }

    ThreatEvent build() {
        return new ThreatEvent(id, "feed", date, headline, category, attacker, attackerCountry,
                targetCountry, targetIndustry, indicators, stage, techniques, tags, tlp,
                confidence, Optional.of(date), lastSeen, insight, related, metadata);
    }
}
