package dev.needle.intel.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.intel.ImportException;
import dev.needle.intel.feed.StixBundle.Relationship;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a STIX 2.0 or 2.1 bundle by streaming over its {@code objects} array: one object at a
 * time is a JSON tree, and only its compact {@link StixObject} stays. Memory therefore grows with
 * what import keeps (indicator values, names, relationships), not with the JSON text.
 *
 * <p>Errors: JSON that does not parse (with line and column), a root that is not a bundle, an
 * object without {@code type} or {@code id}, a relationship without both ends, two objects with
 * one id (STIX allows versions of an object to share an id; Needle does not take such bundles),
 * and timestamps that do not parse.
 */
final class StixBundleReader {

    private final Path file;
    private final List<StixObject> objects = new ArrayList<>();
    private final Map<String, StixObject> byId = new HashMap<>();
    private final Map<String, String> places = new HashMap<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private String objectVersion = "";

    private StixBundleReader(Path file) {
        this.file = file;
    }

    /** Reads {@code file}. */
    static StixBundle read(Path file) throws ImportException {
        return new StixBundleReader(file).read();
    }

    private StixBundle read() throws ImportException {
        String type = "";
        String id = "";
        String version = "";
        try (JsonParser parser = JsonInput.open(file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(file.toString(), "expected a JSON object holding a"
                        + " STIX bundle");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "type" -> type = value.isScalarValue() ? parser.getText() : "";
                    case "id" -> id = value.isScalarValue() ? parser.getText() : "";
                    case "spec_version" -> version = value.isScalarValue() ? parser.getText() : "";
                    case "objects" -> readObjects(parser, value);
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new ImportException(place(parser), "unexpected content after the bundle");
            }
        } catch (JsonProcessingException e) {
            throw JsonInput.malformed(file, e);
        } catch (IOException e) {
            throw SourceFiles.unreadable(file, e);
        }
        if (!type.equals("bundle")) {
            throw new ImportException(file + " /type", "expected 'bundle', found '" + type
                    + "'; a STIX file must hold a bundle");
        }
        String spec = !version.isEmpty() ? version
                : objectVersion.isEmpty() ? "2.1" : objectVersion;
        return new StixBundle(id, spec, List.copyOf(objects), Map.copyOf(byId),
                List.copyOf(relationships));
    }

    private void readObjects(JsonParser parser, JsonToken start) throws IOException,
            ImportException {
        if (start != JsonToken.START_ARRAY) {
            throw new ImportException(place(parser), "/objects must be an array");
        }
        int index = 0;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t != JsonToken.START_OBJECT) {
                throw new ImportException(file + " /objects/" + index, "expected an object");
            }
            JsonNode node = JsonInput.MAPPER.readTree(parser);
            add(node, index++);
        }
    }

    private void add(JsonNode node, int index) throws ImportException {
        String pointer = file + " /objects/" + index;
        String type = JsonInput.text(node, "type");
        String id = JsonInput.text(node, "id");
        if (type.isEmpty() || id.isEmpty()) {
            throw new ImportException(pointer, "the object has no " + (type.isEmpty() ? "type"
                    : "id") + "; every STIX object needs both");
        }
        String place = pointer + " (" + id + ")";
        String first = places.putIfAbsent(id, pointer);
        if (first != null) {
            throw new ImportException(place, "duplicate id " + id + "; it first appears at "
                    + first.substring(file.toString().length() + 1));
        }
        if (objectVersion.isEmpty()) {
            objectVersion = JsonInput.text(node, "spec_version");
        }
        if (type.equals("relationship")) {
            relationships.add(relationship(node, place));
            return;
        }
        StixObject object = StixObjectReader.read(node, id, type, place);
        objects.add(object);
        byId.put(id, object);
    }

    private Relationship relationship(JsonNode node, String place) throws ImportException {
        String source = JsonInput.text(node, "source_ref");
        String target = JsonInput.text(node, "target_ref");
        if (source.isEmpty() || target.isEmpty()) {
            throw new ImportException(place, "a relationship needs source_ref and target_ref");
        }
        return new Relationship(JsonInput.text(node, "relationship_type"), source, target);
    }

    private String place(JsonParser parser) {
        var at = parser.currentLocation();
        return file + ":" + at.getLineNr() + ":" + at.getColumnNr();
    }
}
