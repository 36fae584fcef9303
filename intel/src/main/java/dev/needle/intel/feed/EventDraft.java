package dev.needle.intel.feed;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.core.indicator.InvalidIndicatorException;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import dev.needle.intel.attack.AttackCatalog;
import dev.needle.intel.attack.AttackGroup;
import dev.needle.intel.attack.Technique;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An event being assembled by an importer. Indicators go through {@link IndicatorNormalizer}
 * and technique ids through the {@link AttackCatalog}; what fails either is a warning with its
 * place, and the event keeps the rest. An event left without indicators is not built.
 */
final class EventDraft {

    /** The confidence of events whose source states none: the middle of the scale. */
    static final int UNKNOWN_CONFIDENCE = 50;

    private final String dataset;
    private final UUID id;
    private final String place;
    private final AttackCatalog catalog;
    private final WarningLog log;
    private final Set<Indicator> indicators = new LinkedHashSet<>();
    private final Set<String> techniques = new LinkedHashSet<>();
    private final Set<String> outdated = new TreeSet<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private final List<UUID> related = new ArrayList<>();
    private final Map<String, String> metadata = new TreeMap<>();
    private Instant date;
    private String headline = "";
    private String category = "";
    private String attacker = "";
    private String attackerCountry = "";
    private String targetCountry = "";
    private String targetIndustry = "";
    private String insight = "";
    private Optional<KillChainStage> stage = Optional.empty();
    private Tlp tlp;
    private int confidence = UNKNOWN_CONFIDENCE;
    private Optional<Instant> firstSeen = Optional.empty();
    private Optional<Instant> lastSeen = Optional.empty();

    /**
     * A draft of event {@code id}; {@code place} names the event's source record in warnings.
     */
    EventDraft(String dataset, UUID id, String place, AttackCatalog catalog, WarningLog log) {
        this.dataset = dataset;
        this.id = id;
        this.place = place;
        this.catalog = catalog;
        this.log = log;
    }

    UUID id() {
        return id;
    }

    /**
     * Adds the indicator {@code raw} of {@code type}; when it does not normalise, logs a warning
     * at {@code at} and returns false.
     */
    boolean indicator(IndicatorType type, String raw, String at) {
        try {
            indicators.add(IndicatorNormalizer.normalize(type, raw));
            return true;
        } catch (InvalidIndicatorException e) {
            log.add(at, e.getMessage() + "; indicator skipped");
            return false;
        }
    }

    /** Adds an indicator that is already canonical. */
    void indicator(Indicator indicator) {
        indicators.add(indicator);
    }

    int indicatorCount() {
        return indicators.size();
    }

    /**
     * Adds an ATT&CK technique id after checking it against the catalog; an unknown id is a
     * warning at {@code at} and is dropped, a deprecated or revoked one is kept and reported
     * once per event.
     */
    void technique(String techniqueId, String at) {
        Optional<Technique> technique = catalog.technique(techniqueId);
        if (technique.isEmpty()) {
            log.add(at, "technique '" + techniqueId + "' is not in ATT&CK Enterprise v"
                    + AttackCatalog.VERSION + "; dropped");
            return;
        }
        techniques.add(technique.get().id());
        if (!technique.get().active()) {
            outdated.add(technique.get().id());
        }
    }

    /**
     * Sets the attacker. A name ATT&CK knows, under its own name or an alias, is written as
     * ATT&CK's name, with the group id and the source's spelling kept in the metadata.
     */
    void attacker(String sourceName) {
        String name = sourceName.strip();
        if (name.isEmpty()) {
            return;
        }
        Optional<AttackGroup> group = attackGroup(name);
        attacker = group.map(AttackGroup::name).orElse(name);
        group.ifPresent(g -> metadata.put("attacker.attack_id", g.id()));
        if (!attacker.equals(name)) {
            metadata.put("attacker.source_name", name);
        }
    }

    private Optional<AttackGroup> attackGroup(String name) {
        Optional<AttackGroup> group = catalog.group(name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (group.isEmpty() && lower.endsWith(" group")) {
            group = catalog.group(name.substring(0, name.length() - " group".length()));
        }
        return group;
    }

    boolean hasAttacker() {
        return !attacker.isEmpty();
    }

    /** Raises the TLP to {@code marking} when that is more restrictive than the one set. */
    void mark(Tlp marking) {
        if (tlp == null || marking.compareTo(tlp) > 0) {
            tlp = marking;
        }
    }

    void date(Instant value) {
        date = value;
    }

    boolean hasDate() {
        return date != null;
    }

    void headline(String value) {
        headline = value.strip();
    }

    void category(String value) {
        category = value.strip();
    }

    boolean hasCategory() {
        return !category.isEmpty();
    }

    void attackerCountry(String value) {
        attackerCountry = value.strip();
    }

    void targetCountry(String value) {
        targetCountry = value.strip();
    }

    void targetIndustry(String value) {
        targetIndustry = value.strip();
    }

    void insight(String value) {
        insight = value.strip();
    }

    void stage(KillChainStage value) {
        stage = Optional.of(value);
    }

    void confidence(int value) {
        confidence = Math.max(0, Math.min(100, value));
    }

    void firstSeen(Optional<Instant> value) {
        firstSeen = value;
    }

    void lastSeen(Optional<Instant> value) {
        lastSeen = value;
    }

    /** Widens the window of sightings to take in {@code first} and {@code last}. */
    void seen(Optional<Instant> first, Optional<Instant> last) {
        first.ifPresent(f -> firstSeen = Optional.of(firstSeen.filter(c -> c.isBefore(f))
                .orElse(f)));
        last.ifPresent(l -> lastSeen = Optional.of(lastSeen.filter(c -> c.isAfter(l))
                .orElse(l)));
    }

    void tag(String value) {
        if (!value.isBlank()) {
            tags.add(value.strip());
        }
    }

    void related(UUID other) {
        if (!other.equals(id) && !related.contains(other)) {
            related.add(other);
        }
    }

    void metadata(String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.put(key, value.strip());
        }
    }

    /**
     * The event, or empty with a warning when no indicator survived.
     *
     * @param defaultTlp the TLP when no marking was seen
     */
    Optional<ThreatEvent> build(Tlp defaultTlp) {
        if (indicators.isEmpty()) {
            log.add(place, "event '" + headline + "' has no indicator Needle keeps; not imported");
            return Optional.empty();
        }
        if (date == null) {
            throw new IllegalStateException("importer left event " + id + " without a date");
        }
        if (!outdated.isEmpty()) {
            log.add(place, "techniques deprecated or revoked in ATT&CK v" + AttackCatalog.VERSION
                    + " are kept as the source wrote them: " + String.join(", ", outdated));
        }
        return Optional.of(new ThreatEvent(id, dataset, date, headline, category, attacker,
                attackerCountry, targetCountry, targetIndustry, List.copyOf(indicators), stage,
                List.copyOf(techniques), List.copyOf(tags), tlp == null ? defaultTlp : tlp,
                confidence, firstSeen, lastSeen, insight, related, metadata));
    }
}
