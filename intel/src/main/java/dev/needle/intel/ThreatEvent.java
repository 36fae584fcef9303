package dev.needle.intel;

import dev.needle.core.indicator.Indicator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Something that happened, with who did it, to whom, how, and the indicators it left. Text
 * fields that are unknown are empty strings; every event carries at least one indicator.
 *
 * @param id stable id; importers derive it from the source's own id where there is one
 * @param dataset the dataset the event belongs to
 * @param date when the activity happened
 * @param headline a one-line description
 * @param category what kind of activity, such as {@code C2 server} or {@code Phishing}
 * @param attacker the actor's name, such as {@code APT1}
 * @param attackerCountry ISO 3166 alpha-2 code of the actor's country
 * @param targetCountry ISO 3166 alpha-2 code of the victim's country
 * @param targetIndustry the victim's industry, such as {@code Finance}
 * @param indicators the indicators, canonical and typed
 * @param killChainStage the Lockheed Martin stage, when known
 * @param techniques MITRE ATT&CK technique ids, checked against the catalog
 * @param tags free tags
 * @param tlp the event's TLP marking
 * @param confidence 0 to 100
 * @param firstSeen first sighting of the activity, when known
 * @param lastSeen last sighting, when known; drives indicator decay
 * @param insight an analyst's note
 * @param relatedEvents ids of related events
 * @param metadata source fields kept as they were, beside the searchable ones
 */
public record ThreatEvent(UUID id, String dataset, Instant date, String headline,
        String category, String attacker, String attackerCountry, String targetCountry,
        String targetIndustry, List<Indicator> indicators, Optional<KillChainStage> killChainStage,
        List<String> techniques, List<String> tags, Tlp tlp, int confidence,
        Optional<Instant> firstSeen, Optional<Instant> lastSeen, String insight,
        List<UUID> relatedEvents, Map<String, String> metadata) {

    public ThreatEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(tlp, "tlp");
        headline = Objects.requireNonNullElse(headline, "");
        category = Objects.requireNonNullElse(category, "");
        attacker = Objects.requireNonNullElse(attacker, "");
        attackerCountry = Objects.requireNonNullElse(attackerCountry, "");
        targetCountry = Objects.requireNonNullElse(targetCountry, "");
        targetIndustry = Objects.requireNonNullElse(targetIndustry, "");
        insight = Objects.requireNonNullElse(insight, "");
        indicators = List.copyOf(indicators);
        techniques = List.copyOf(techniques);
        tags = List.copyOf(tags);
        relatedEvents = List.copyOf(relatedEvents);
        metadata = Map.copyOf(metadata);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " has no indicator");
        }
        if (confidence < 0 || confidence > 100) {
            throw new IllegalArgumentException("event " + id + ": confidence " + confidence
                    + " is not within 0 to 100");
        }
    }

    /** This event moved to another dataset. */
    public ThreatEvent withDataset(String newDataset) {
        return new ThreatEvent(id, newDataset, date, headline, category, attacker,
                attackerCountry, targetCountry, targetIndustry, indicators, killChainStage,
                techniques, tags, tlp, confidence, firstSeen, lastSeen, insight, relatedEvents,
                metadata);
    }
}
