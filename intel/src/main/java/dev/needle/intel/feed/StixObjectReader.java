package dev.needle.intel.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.intel.ImportException;
import dev.needle.intel.Tlp;
import dev.needle.intel.feed.StixObject.StixPhase;
import dev.needle.intel.feed.StixPattern.Comparison;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JSON of one STIX object into a {@link StixObject}. A timestamp that does not parse
 * is an error; a pattern Needle cannot use is noted on the object, for a warning later.
 */
final class StixObjectReader {

    private static final List<String> LABEL_FIELDS = List.of("labels", "indicator_types",
            "malware_types", "threat_actor_types", "tool_types", "report_types",
            "infrastructure_types");
    private static final Set<String> DESCRIBED = Set.of("report", "campaign", "intrusion-set",
            "threat-actor", "observed-data");
    private static final Set<String> ATTACK_SOURCES = Set.of("mitre-attack",
            "mitre-mobile-attack", "mitre-ics-attack");
    private static final Pattern TECHNIQUE_IN_NAME = Pattern.compile(
            "^(T\\d{4}(?:\\.\\d{3})?)\\b");

    private StixObjectReader() {
    }

    /** The compact form of {@code node}, of type {@code type}, found at {@code place}. */
    static StixObject read(JsonNode node, String id, String type, String place)
            throws ImportException {
        boolean modelled = StixTypes.MODELLED.contains(type);
        List<String> unused = new ArrayList<>();
        List<StixValue> values = modelled ? values(node, type, unused) : List.of();
        return new StixObject(id, type, place, JsonInput.text(node, "name"),
                DESCRIBED.contains(type) ? JsonInput.text(node, "description") : "",
                time(node, "created", place), firstSeen(node, type, place),
                lastSeen(node, place), labels(node), strings(node.get("aliases")),
                strings(node.get("object_refs")), strings(node.get("object_marking_refs")),
                phases(node), attackIds(node, type), strings(node.get("sectors")),
                countries(node), confidence(node), values, List.copyOf(unused),
                type.equals("marking-definition") ? StixMarkings.of(node) : Optional.<Tlp>empty(),
                modelled ? "" : node.toString());
    }

    private static List<StixValue> values(JsonNode node, String type, List<String> unused) {
        if (type.equals("indicator")) {
            return patternValues(node, unused);
        }
        if (type.equals("observed-data")) {
            List<StixValue> values = new ArrayList<>();
            for (Map.Entry<String, JsonNode> embedded : node.path("objects").properties()) {
                values.addAll(StixValues.ofObservable(embedded.getValue(),
                        "objects/" + embedded.getKey() + "/"));
            }
            return values;
        }
        return StixValues.isObservableType(type) ? StixValues.ofObservable(node, "")
                : List.of();
    }

    private static List<StixValue> patternValues(JsonNode node, List<String> unused) {
        String patternType = JsonInput.text(node, "pattern_type");
        String pattern = JsonInput.text(node, "pattern");
        if (!patternType.isEmpty() && !patternType.equals("stix")) {
            unused.add("a " + patternType + " pattern, which Needle does not read");
            return List.of();
        }
        List<Comparison> comparisons;
        try {
            comparisons = StixPattern.comparisons(pattern);
        } catch (IllegalArgumentException e) {
            unused.add("a pattern that does not parse (" + e.getMessage() + ")");
            return List.of();
        }
        List<StixValue> values = new ArrayList<>();
        for (Comparison c : comparisons) {
            List<StixValue> kept = StixValues.of(c);
            if (kept.isEmpty()) {
                unused.add((c.negated() ? "NOT " : "") + c.path() + " " + c.operator());
            }
            values.addAll(kept);
        }
        return values;
    }

    private static Optional<Instant> firstSeen(JsonNode node, String type, String place)
            throws ImportException {
        String field = switch (type) {
            case "report" -> "published";
            case "observed-data" -> "first_observed";
            case "indicator" -> "valid_from";
            default -> "first_seen";
        };
        return time(node, field, place);
    }

    private static Optional<Instant> lastSeen(JsonNode node, String place)
            throws ImportException {
        Optional<Instant> last = time(node, "last_seen", place);
        return last.isPresent() ? last : time(node, "last_observed", place);
    }

    private static Optional<Instant> time(JsonNode node, String field, String place)
            throws ImportException {
        String text = JsonInput.text(node, field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> instant = Timestamps.tryParse(text);
        if (instant.isEmpty() || !text.contains("T")) {
            throw new ImportException(place + " " + field, "'" + text
                    + "' is not a STIX timestamp such as 2016-05-12T08:17:27.000Z");
        }
        return instant;
    }

    private static List<String> labels(JsonNode node) {
        List<String> labels = new ArrayList<>();
        for (String field : LABEL_FIELDS) {
            for (String label : strings(node.get(field))) {
                if (!labels.contains(label)) {
                    labels.add(label);
                }
            }
        }
        return List.copyOf(labels);
    }

    private static List<StixPhase> phases(JsonNode node) {
        List<StixPhase> phases = new ArrayList<>();
        for (JsonNode phase : node.path("kill_chain_phases")) {
            String chain = JsonInput.text(phase, "kill_chain_name");
            String name = JsonInput.text(phase, "phase_name");
            if (!chain.isEmpty() && !name.isEmpty()) {
                phases.add(new StixPhase(chain, name));
            }
        }
        return List.copyOf(phases);
    }

    private static List<String> attackIds(JsonNode node, String type) {
        List<String> ids = new ArrayList<>();
        for (JsonNode ref : node.path("external_references")) {
            String id = JsonInput.text(ref, "external_id");
            if (ATTACK_SOURCES.contains(JsonInput.text(ref, "source_name")) && !id.isEmpty()
                    && !ids.contains(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty() && type.equals("attack-pattern")) {
            Matcher m = TECHNIQUE_IN_NAME.matcher(JsonInput.text(node, "name"));
            if (m.find()) {
                ids.add(m.group(1));
            }
        }
        return List.copyOf(ids);
    }

    private static List<String> countries(JsonNode node) {
        List<String> countries = new ArrayList<>(strings(node.get("x_cta_country")));
        String country = JsonInput.text(node, "country");
        if (!country.isEmpty()) {
            countries.add(country);
        }
        return List.copyOf(countries);
    }

    private static OptionalInt confidence(JsonNode node) {
        JsonNode value = node.get("confidence");
        return value != null && value.canConvertToInt() && value.isIntegralNumber()
                ? OptionalInt.of(value.asInt()) : OptionalInt.empty();
    }

    private static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            if (item.isTextual() && !item.asText().isBlank()) {
                out.add(item.asText());
            }
        }
        return List.copyOf(out);
    }
}
