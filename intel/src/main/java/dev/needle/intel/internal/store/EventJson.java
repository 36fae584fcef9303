package dev.needle.intel.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON columns of an event: indicator, technique, tag and related-event lists, metadata. */
final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() { };

    private EventJson() {
    }

    static String indicators(List<Indicator> indicators) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Indicator indicator : indicators) {
            array.addObject().put("type", indicator.type().label()).put("value",
                    indicator.value());
        }
        return array.toString();
    }

    static List<Indicator> indicators(String json) {
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode node : read(json)) {
            indicators.add(new Indicator(IndicatorType.parse(node.get("type").asText()),
                    node.get("value").asText()));
        }
        return indicators;
    }

    static String strings(List<?> values) {
        return write(values.stream().map(Object::toString).toList());
    }

    static List<String> strings(String json) {
        try {
            return MAPPER.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    static List<UUID> uuids(String json) {
        return strings(json).stream().map(UUID::fromString).toList();
    }

    static String metadata(Map<String, String> metadata) {
        return write(metadata);
    }

    static Map<String, String> metadata(String json) {
        try {
            return MAPPER.readValue(json, METADATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored metadata is not JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
