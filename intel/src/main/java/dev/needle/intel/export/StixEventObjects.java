package dev.needle.intel.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The STIX 2.1 objects that describe one threat event.
 *
 * <p>An event becomes a {@code report} whose {@code object_refs} list everything it says: one
 * {@code indicator} per indicator, the attacker as an {@code intrusion-set}, each ATT&CK technique
 * as an {@code attack-pattern} with its {@code mitre-attack} external reference, and the
 * relationships between them (indicator {@code indicates} attack pattern and intrusion set;
 * intrusion set {@code uses} attack pattern). Needle has no campaigns or threat actors apart from
 * the attacker's name, so it writes no {@code attributed-to}. The kill-chain stage becomes a
 * {@code lockheed-martin-cyber-kill-chain} phase on each indicator.
 *
 * <p>Ids are version 5 UUIDs: an event's own objects derive theirs from the event id and what
 * they are, so exporting again gives the same ids; the producer identity, intrusion sets and
 * attack patterns derive theirs from the producer name, the attacker's name and the technique
 * id, so every event and every export names them alike. An event's own objects take the event's
 * date as created and modified time and carry its TLP marking. The shared objects carry a fixed
 * time, because Needle never revises them. Attack patterns are TLP:CLEAR, since a technique id is
 * a public reference name; an intrusion set carries the TLP of the event that names it.
 *
 * <p>The event model has no time of last change, so an event edited after export keeps its
 * modified time and consumers that deduplicate by version keep the old copy.
 */
public final class StixEventObjects {

    /** The created and modified time of shared objects. */
    private static final String SHARED_TIME = "2024-01-01T00:00:00.000Z";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String KILL_CHAIN = "lockheed-martin-cyber-kill-chain";
    private static final Pattern TECHNIQUE = Pattern.compile("T(\\d{4})(?:\\.(\\d{3}))?");

    private final String producerName;
    private final String producerId;

    /** Objects created by the organisation {@code producerName}. */
    public StixEventObjects(String producerName) {
        this.producerName = Objects.requireNonNull(producerName, "producerName");
        this.producerId = id("identity", producerName);
    }

    /** The id of the producer's identity object. */
    public String producerId() {
        return producerId;
    }

    /**
     * Every object the event needs; {@link StixObjectSet#EMPTY} when no indicator of the event
     * is valid.
     *
     * @param onInvalid told of each indicator left out, with the reason
     */
    public StixObjectSet of(ThreatEvent event, BiConsumer<Indicator, String> onInvalid) {
        List<ObjectNode> owned = ownedBy(event, onInvalid);
        return owned.isEmpty() ? StixObjectSet.EMPTY
                : new StixObjectSet(referencedBy(event), owned);
    }

    /** The shared objects the event points at: producer, markings, attacker, techniques. */
    private List<ObjectNode> referencedBy(ThreatEvent event) {
        List<ObjectNode> shared = new ArrayList<>();
        shared.add(producerIdentity());
        shared.add(TlpMarking.definition(event.tlp()));
        boolean sharesReferenceNames = hasAttacker(event) || !techniques(event).isEmpty();
        if (sharesReferenceNames && event.tlp() != Tlp.CLEAR) {
            shared.add(TlpMarking.definition(Tlp.CLEAR));
        }
        if (hasAttacker(event)) {
            shared.add(intrusionSet(event));
        }
        for (String technique : techniques(event)) {
            shared.add(attackPattern(technique));
        }
        return shared;
    }

    /** The event's own objects: indicators, relationships and the report, or none. */
    private List<ObjectNode> ownedBy(ThreatEvent event, BiConsumer<Indicator, String> onInvalid) {
        Map<String, Indicator> indicators = validIndicators(event, onInvalid);
        if (indicators.isEmpty()) {
            return List.of();
        }
        List<ObjectNode> owned = new ArrayList<>();
        indicators.forEach((id, indicator) -> owned.add(indicator(event, id, indicator)));
        owned.addAll(relationships(event, indicators.keySet()));
        owned.add(report(event, owned));
        return owned;
    }

    private Map<String, Indicator> validIndicators(ThreatEvent event,
            BiConsumer<Indicator, String> onInvalid) {
        Map<String, Indicator> valid = new LinkedHashMap<>();
        for (Indicator indicator : event.indicators()) {
            IndicatorCheck.problem(indicator).ifPresentOrElse(
                    reason -> onInvalid.accept(indicator, reason),
                    () -> valid.putIfAbsent(indicatorId(event, indicator), indicator));
        }
        return valid;
    }

    private ObjectNode producerIdentity() {
        ObjectNode identity = header("identity", producerId, SHARED_TIME);
        identity.put("name", producerName);
        identity.put("identity_class", "organization");
        return identity;
    }

    /**
     * The attacker as an intrusion set marked with the event's TLP: an actor's name can itself be
     * the sensitive part of a red or amber report, so it never travels under a laxer marking.
     * One attacker named under two markings is two objects, with ids from name and marking.
     */
    private ObjectNode intrusionSet(ThreatEvent event) {
        String attacker = event.attacker().strip();
        ObjectNode set = header("intrusion-set", intrusionSetId(event), SHARED_TIME);
        set.put("created_by_ref", producerId);
        set.put("name", attacker);
        set.putArray("object_marking_refs").add(TlpMarking.id(event.tlp()));
        return set;
    }

    private String intrusionSetId(ThreatEvent event) {
        return id("intrusion-set", event.tlp().label() + "/" + event.attacker().strip());
    }

    private ObjectNode attackPattern(String technique) {
        ObjectNode pattern = header("attack-pattern", attackPatternId(technique), SHARED_TIME);
        pattern.put("created_by_ref", producerId);
        pattern.put("name", technique);
        ObjectNode reference = pattern.putArray("external_references").addObject();
        reference.put("source_name", "mitre-attack");
        reference.put("external_id", technique);
        var matcher = TECHNIQUE.matcher(technique);
        if (matcher.matches()) {
            String sub = matcher.group(2) == null ? "" : "/" + matcher.group(2);
            String path = matcher.group(1) + sub;
            reference.put("url", "https://attack.mitre.org/techniques/T" + path + "/");
        }
        pattern.putArray("object_marking_refs").add(TlpMarking.id(Tlp.CLEAR));
        return pattern;
    }

    private ObjectNode indicator(ThreatEvent event, String id, Indicator indicator) {
        ObjectNode node = owned(event, "indicator", id);
        node.put("name", IndicatorCheck.canonical(indicator));
        if (!event.headline().isEmpty()) {
            node.put("description", event.headline());
        }
        node.putArray("indicator_types").add("malicious-activity");
        node.put("pattern", StixPattern.of(indicator));
        node.put("pattern_type", "stix");
        node.put("pattern_version", "2.1");
        node.put("valid_from", StixTime.of(event.firstSeen().orElse(event.date())));
        event.killChainStage().ifPresent(stage -> {
            ObjectNode phase = node.putArray("kill_chain_phases").addObject();
            phase.put("kill_chain_name", KILL_CHAIN);
            phase.put("phase_name", stage.label());
        });
        return marked(event, node);
    }

    private List<ObjectNode> relationships(ThreatEvent event, Set<String> indicatorIds) {
        List<ObjectNode> relationships = new ArrayList<>();
        String intrusionSet = hasAttacker(event)
                ? intrusionSetId(event) : "";
        for (String indicator : indicatorIds) {
            for (String technique : techniques(event)) {
                relationships.add(relationship(event, indicator, "indicates",
                        attackPatternId(technique)));
            }
            if (!intrusionSet.isEmpty()) {
                relationships.add(relationship(event, indicator, "indicates", intrusionSet));
            }
        }
        if (!intrusionSet.isEmpty()) {
            for (String technique : techniques(event)) {
                relationships.add(relationship(event, intrusionSet, "uses",
                        attackPatternId(technique)));
            }
        }
        return relationships;
    }

    private ObjectNode relationship(ThreatEvent event, String source, String type, String target) {
        String id = id("relationship", event.id() + "\n" + type + "\n" + source + "\n" + target);
        ObjectNode node = owned(event, "relationship", id);
        node.put("relationship_type", type);
        node.put("source_ref", source);
        node.put("target_ref", target);
        return marked(event, node);
    }

    private ObjectNode report(ThreatEvent event, List<ObjectNode> owned) {
        ObjectNode report = owned(event, "report", id("report", event.id().toString()));
        report.put("name", event.headline().isEmpty() ? "Needle event " + event.id()
                : event.headline());
        if (!event.insight().isEmpty()) {
            report.put("description", event.insight());
        }
        report.putArray("report_types").add("threat-report");
        report.put("published", StixTime.of(event.date()));
        ArrayNode refs = report.putArray("object_refs");
        if (hasAttacker(event)) {
            refs.add(intrusionSetId(event));
        }
        techniques(event).forEach(technique -> refs.add(attackPatternId(technique)));
        owned.forEach(object -> refs.add(object.get("id").asText()));
        putIfPresent(report, "x_needle_dataset", event.dataset());
        putIfPresent(report, "x_needle_category", event.category());
        putIfPresent(report, "x_needle_attacker_country", event.attackerCountry());
        putIfPresent(report, "x_needle_target_country", event.targetCountry());
        putIfPresent(report, "x_needle_target_industry", event.targetIndustry());
        return marked(event, report);
    }

    private ObjectNode owned(ThreatEvent event, String type, String id) {
        ObjectNode node = header(type, id, StixTime.of(event.date()));
        node.put("created_by_ref", producerId);
        return node;
    }

    /** Adds what every owned object ends with: tags, confidence and the event's marking. */
    private static ObjectNode marked(ThreatEvent event, ObjectNode node) {
        if (!event.tags().isEmpty()) {
            ArrayNode labels = node.putArray("labels");
            new LinkedHashSet<>(event.tags()).forEach(labels::add);
        }
        node.put("confidence", event.confidence());
        node.putArray("object_marking_refs").add(TlpMarking.id(event.tlp()));
        return node;
    }

    private static ObjectNode header(String type, String id, String time) {
        ObjectNode node = JSON.objectNode();
        node.put("type", type);
        node.put("spec_version", "2.1");
        node.put("id", id);
        node.put("created", time);
        node.put("modified", time);
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static boolean hasAttacker(ThreatEvent event) {
        return !event.attacker().isBlank();
    }

    private static Set<String> techniques(ThreatEvent event) {
        Set<String> techniques = new LinkedHashSet<>();
        for (String technique : event.techniques()) {
            if (!technique.isBlank()) {
                techniques.add(technique.strip());
            }
        }
        return techniques;
    }

    private static String indicatorId(ThreatEvent event, Indicator indicator) {
        return id("indicator", event.id() + "\n" + indicator.type().label() + "\n"
                + IndicatorCheck.canonical(indicator));
    }

    private static String attackPatternId(String technique) {
        return id("attack-pattern", technique);
    }

    private static String id(String type, String name) {
        return type + "--" + NameBasedUuid.of(type + "\n" + name);
    }
}
