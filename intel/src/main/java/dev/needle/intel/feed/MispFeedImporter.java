package dev.needle.intel.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.attack.AttackCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Imports a MISP feed directory as MISP instances serve it: {@code manifest.json} listing the
 * events by uuid, and one {@code <uuid>.json} per event holding {@code {"Event": {...}}}. One
 * threat event per MISP event (see {@link MispEventReader}); the event files are read one at a
 * time. A manifest key that is not a uuid, or a listed event whose file is missing, is an error;
 * files the manifest does not list are not read.
 */
final class MispFeedImporter implements FeedImporter {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final AttackCatalog catalog;

    MispFeedImporter(AttackCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ParsedFeed parse(Path directory, String dataset) throws ImportException {
        Path manifestFile = manifest(directory);
        JsonNode manifest = JsonInput.readTree(manifestFile);
        if (!manifest.isObject()) {
            throw new ImportException(manifestFile.toString(), "expected an object of events"
                    + " by uuid");
        }
        WarningLog log = new WarningLog(directory.toString());
        List<ThreatEvent> events = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : manifest.properties()) {
            String uuid = entry.getKey();
            if (!UUID.matcher(uuid).matches()) {
                throw new ImportException(manifestFile + " /" + uuid, "the key is not an event"
                        + " uuid");
            }
            Path eventFile = directory.resolve(uuid + ".json");
            if (!Files.isRegularFile(eventFile)) {
                throw new ImportException(eventFile.toString(), "manifest.json lists event "
                        + uuid + " but its file is missing");
            }
            JsonNode root = JsonInput.readTree(eventFile);
            JsonNode event = root.get("Event");
            if (event == null || !event.isObject()) {
                throw new ImportException(eventFile.toString(), "expected {\"Event\": {...}}");
            }
            String inside = JsonInput.text(event, "uuid");
            if (!inside.equalsIgnoreCase(uuid)) {
                log.add(eventFile + " /Event/uuid", "the event calls itself '" + inside
                        + "' but manifest.json lists it as " + uuid);
            }
            new MispEventReader(dataset, eventFile.toString(), catalog, log)
                    .read(event, "/Event").ifPresent(events::add);
        }
        return new ParsedFeed(events, log.warnings());
    }

    private static Path manifest(Path directory) throws ImportException {
        if (!Files.isDirectory(directory)) {
            throw new ImportException(directory.toString(), "a MISP feed is a directory holding"
                    + " manifest.json");
        }
        Path manifest = directory.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            throw new ImportException(manifest.toString(), "no manifest.json in the feed"
                    + " directory");
        }
        return manifest;
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.MISP_FEED;
    }
}
