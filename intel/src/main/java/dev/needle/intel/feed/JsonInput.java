package dev.needle.intel.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.intel.ImportException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Jackson set up for feeds: duplicate keys are errors, and every parse error becomes an
 * {@link ImportException} placed at {@code file:line:column}.
 */
final class JsonInput {

    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private JsonInput() {
    }

    /** A streaming parser over {@code file}. */
    static JsonParser open(Path file) throws ImportException {
        try {
            return MAPPER.createParser(file.toFile());
        } catch (IOException e) {
            throw SourceFiles.unreadable(file, e);
        }
    }

    /** The whole of {@code file} as a tree; for files that are small by nature. */
    static JsonNode readTree(Path file) throws ImportException {
        try (JsonParser parser = open(file)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new ImportException(file.toString(), "the file is empty; expected JSON");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw malformed(file, e);
        } catch (IOException e) {
            throw SourceFiles.unreadable(file, e);
        }
    }

    /** The error for JSON that does not parse, placed at its line and column. */
    static ImportException malformed(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String place = at == null ? file.toString()
                : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new ImportException(place, "malformed JSON: " + e.getOriginalMessage(), e);
    }

    /** The text of a field, or an empty string when it is absent, null or not text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }
}
