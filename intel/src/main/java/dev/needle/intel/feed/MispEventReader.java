package dev.needle.intel.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.intel.ImportException;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import dev.needle.intel.attack.AttackCatalog;
import dev.needle.intel.feed.MispTypes.Part;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one MISP event object into a threat event: its attributes and the attributes of its
 * objects become indicators (see {@link MispTypes}), {@code misp-galaxy} tags and galaxy
 * clusters give the attacker and the ATT&CK techniques, {@code tlp:} tags the TLP (else amber),
 * and the other tags stay tags. Deleted attributes are left out, and so are attributes in the
 * category {@code External analysis} not flagged {@code to_ids}: those are references to
 * reports and sandboxes, not what the attacker used. Attributes of types Needle does not keep
 * are counted in one warning per event and in the metadata ({@code misp.skipped}).
 */
final class MispEventReader {

    private static final Pattern TECHNIQUE = Pattern.compile("(T\\d{4}(?:\\.\\d{3})?)\"?$");
    private static final Pattern CATEGORY = Pattern.compile(
            "^(?:malware_classification:malware-category|circl:incident-classification)"
                    + "=\"(.+)\"$");

    private final String dataset;
    private final String file;
    private final AttackCatalog catalog;
    private final WarningLog log;

    MispEventReader(String dataset, String file, AttackCatalog catalog, WarningLog log) {
        this.dataset = dataset;
        this.file = file;
        this.catalog = catalog;
        this.log = log;
    }

    /** The event at {@code pointer}, or empty with a warning when it names no indicator. */
    Optional<ThreatEvent> read(JsonNode event, String pointer) throws ImportException {
        String uuid = JsonInput.text(event, "uuid");
        if (uuid.isEmpty()) {
            throw new ImportException(file + " " + pointer, "the event has no uuid");
        }
        String place = file + " " + pointer + " (" + uuid + ")";
        EventDraft d = new EventDraft(dataset, EventIds.of(dataset, "misp", uuid), place,
                catalog, log);
        d.headline(JsonInput.text(event, "info"));
        d.date(date(event, place));
        d.metadata("source", "misp");
        d.metadata("misp.uuid", uuid);
        d.metadata("misp.org", JsonInput.text(event.path("Orgc"), "name"));
        d.metadata("misp.threat_level_id", JsonInput.text(event, "threat_level_id"));
        d.metadata("misp.analysis", JsonInput.text(event, "analysis"));

        galaxies(d, event.path("Galaxy"));
        tags(d, event.path("Tag"), place, true);
        attributes(d, event, pointer);
        return d.build(Tlp.AMBER);
    }

    private Instant date(JsonNode event, String place) throws ImportException {
        String date = JsonInput.text(event, "date");
        if (!date.isEmpty()) {
            return Timestamps.parse(date, place + " date", "date");
        }
        String timestamp = JsonInput.text(event, "timestamp");
        if (!timestamp.isEmpty()) {
            return Timestamps.parse(timestamp, place + " timestamp", "timestamp");
        }
        throw new ImportException(place, "the event has neither date nor timestamp");
    }

    private void galaxies(EventDraft d, JsonNode galaxies) {
        for (JsonNode galaxy : galaxies) {
            for (JsonNode cluster : galaxy.path("GalaxyCluster")) {
                String type = JsonInput.text(cluster, "type");
                if (type.equals("threat-actor") && !d.hasAttacker()) {
                    d.attacker(JsonInput.text(cluster, "value"));
                    JsonNode country = cluster.path("meta").path("country");
                    if (country.isArray() && country.size() == 1) {
                        d.attackerCountry(country.get(0).asText());
                    }
                }
            }
        }
    }

    /**
     * Reads tags; the tags of attributes add only TLP markings and galaxy techniques and
     * actors to the event, since their other tags describe the attribute.
     */
    private void tags(EventDraft d, JsonNode tags, String place, boolean ofEvent) {
        for (JsonNode tag : tags) {
            String name = JsonInput.text(tag, "name");
            boolean marking = name.regionMatches(true, 0, "tlp:", 0, 4)
                    || name.startsWith("misp-galaxy:");
            if (!name.isEmpty() && (ofEvent || marking)) {
                tag(d, name, place);
            }
        }
    }

    private void tag(EventDraft d, String name, String place) {
        if (name.regionMatches(true, 0, "tlp:", 0, 4)) {
            try {
                d.mark(Tlp.parse(name));
            } catch (IllegalArgumentException e) {
                log.add(place, "tag '" + name + "' is not a TLP 2.0 marking; kept as a tag");
                d.tag(name);
            }
            return;
        }
        if (name.startsWith("misp-galaxy:")) {
            galaxyTag(d, name, place);
            return;
        }
        Matcher category = CATEGORY.matcher(name);
        if (category.matches() && (!d.hasCategory() || name.startsWith("malware_"))) {
            d.category(category.group(1));
        }
        d.tag(name);
    }

    private void galaxyTag(EventDraft d, String name, String place) {
        int eq = name.indexOf('=');
        String galaxy = eq < 0 ? name : name.substring("misp-galaxy:".length(), eq);
        String value = eq < 0 ? "" : name.substring(eq + 1).replace("\"", "");
        if (galaxy.endsWith("attack-pattern")) {
            Matcher m = TECHNIQUE.matcher(value);
            if (m.find()) {
                d.technique(m.group(1), place + " tag " + name);
            } else {
                log.add(place, "tag '" + name + "' names no ATT&CK technique id; ignored");
            }
        } else if (galaxy.equals("threat-actor") && !d.hasAttacker()) {
            d.attacker(value);
        } else {
            d.tag(name);
        }
    }

    private void attributes(EventDraft d, JsonNode event, String pointer) throws ImportException {
        Map<String, Integer> skipped = new TreeMap<>();
        Set<String> ports = new LinkedHashSet<>();
        int i = 0;
        for (JsonNode attribute : event.path("Attribute")) {
            attribute(d, attribute, pointer + "/Attribute/" + i++, skipped, ports);
        }
        int o = 0;
        for (JsonNode object : event.path("Object")) {
            int a = 0;
            for (JsonNode attribute : object.path("Attribute")) {
                attribute(d, attribute, pointer + "/Object/" + o + "/Attribute/" + a++, skipped,
                        ports);
            }
            o++;
        }
        d.metadata("misp.ports", String.join(",", ports));
        if (!skipped.isEmpty()) {
            int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
            List<String> counts = new ArrayList<>();
            skipped.forEach((type, n) -> counts.add(type + " (" + n + ")"));
            log.add(file + " " + pointer, total + " attributes of types Needle does not keep as"
                    + " indicators were skipped: " + String.join(", ", counts));
            d.metadata("misp.skipped", String.join(", ", counts));
        }
    }

    private void attribute(EventDraft d, JsonNode attribute, String pointer,
            Map<String, Integer> skipped, Set<String> ports) throws ImportException {
        if (attribute.path("deleted").asBoolean(false)) {
            return;
        }
        String type = JsonInput.text(attribute, "type");
        String value = JsonInput.text(attribute, "value");
        String place = file + " " + pointer;
        if (type.isEmpty() || !attribute.has("value")) {
            throw new ImportException(place, "the attribute has no " + (type.isEmpty() ? "type"
                    : "value"));
        }
        tags(d, attribute.path("Tag"), place, false);
        boolean reference = JsonInput.text(attribute, "category").equals("External analysis")
                && !attribute.path("to_ids").asBoolean(false);
        Optional<List<Part>> parts = MispTypes.parts(type, value);
        if (parts.isEmpty() || reference) {
            skipped.merge(parts.isEmpty() ? type : type + " in External analysis", 1,
                    Integer::sum);
            return;
        }
        for (Part part : parts.get()) {
            if (d.indicator(part.type(), part.raw(), place + " (" + type + ")")
                    && !part.port().isEmpty()) {
                ports.add(part.raw() + ":" + part.port());
            }
        }
        d.seen(Timestamps.tryParse(JsonInput.text(attribute, "first_seen")),
                Timestamps.tryParse(JsonInput.text(attribute, "last_seen")));
    }
}
