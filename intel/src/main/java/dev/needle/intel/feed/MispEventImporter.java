package dev.needle.intel.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.attack.AttackCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports MISP event exports: {@code {"Event": {...}}}, the REST search form
 * {@code {"response": [{"Event": {...}}, ...]}}, or a list of {@code {"Event": ...}} objects.
 * One threat event per MISP event, its id derived from the MISP event uuid; see
 * {@link MispEventReader} for the mapping. The file is read whole, so a MISP event takes a few
 * times its size in memory. Two events with one uuid are an error.
 */
final class MispEventImporter implements FeedImporter {

    private final AttackCatalog catalog;

    MispEventImporter(AttackCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ParsedFeed parse(Path file, String dataset) throws ImportException {
        WarningLog log = new WarningLog(file.toString());
        JsonNode root = JsonInput.readTree(file);
        MispEventReader reader = new MispEventReader(dataset, file.toString(), catalog, log);
        List<ThreatEvent> events = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : events(root, file).entrySet()) {
            String uuid = JsonInput.text(entry.getValue(), "uuid");
            String first = seen.putIfAbsent(uuid, entry.getKey());
            if (first != null && !uuid.isEmpty()) {
                throw new ImportException(file + " " + entry.getKey(), "event uuid " + uuid
                        + " appears twice; first at " + first);
            }
            reader.read(entry.getValue(), entry.getKey()).ifPresent(events::add);
        }
        return new ParsedFeed(events, log.warnings());
    }

    /** The event objects of the file, by JSON pointer. */
    private static Map<String, JsonNode> events(JsonNode root, Path file) throws ImportException {
        Map<String, JsonNode> events = new LinkedHashMap<>();
        if (root.has("Event")) {
            events.put("/Event", object(root.get("Event"), file, "/Event"));
        } else if (root.has("response") || root.isArray()) {
            JsonNode list = root.isArray() ? root : root.get("response");
            String prefix = root.isArray() ? "" : "/response";
            if (!list.isArray()) {
                throw new ImportException(file + " " + prefix, "expected an array of events");
            }
            for (int i = 0; i < list.size(); i++) {
                String pointer = prefix + "/" + i + "/Event";
                events.put(pointer, object(list.get(i).get("Event"), file, pointer));
            }
        } else {
            throw new ImportException(file.toString(), "expected a MISP event:"
                    + " {\"Event\": {...}} or {\"response\": [{\"Event\": {...}}]}");
        }
        return events;
    }

    private static JsonNode object(JsonNode node, Path file, String pointer)
            throws ImportException {
        if (node == null || !node.isObject()) {
            throw new ImportException(file + " " + pointer, "expected an event object");
        }
        return node;
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.MISP_EVENT;
    }
}
