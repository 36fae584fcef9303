package dev.needle.intel.internal.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.service.DecayPolicy;
import dev.needle.intel.service.DecayRule;
import dev.needle.intel.service.FieldType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The JSON of a dataset's extra fields and decay policy in the registry. */
final class DatasetCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DatasetCodec() {
    }

    static String fields(Map<String, FieldType> fields) {
        ObjectNode node = MAPPER.createObjectNode();
        new TreeMap<>(fields).forEach((name, type) -> node.put(name, type.label()));
        return node.toString();
    }

    static Map<String, FieldType> fields(String json) {
        Map<String, FieldType> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : read(json).properties()) {
            fields.put(entry.getKey(), FieldType.parse(entry.getValue().asText()));
        }
        return fields;
    }

    static String decay(DecayPolicy policy) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("fallback", rule(policy.fallback()));
        ObjectNode byType = node.putObject("byType");
        new TreeMap<>(policy.byType()).forEach((type, rule) -> byType.set(type.label(),
                rule(rule)));
        return node.toString();
    }

    static DecayPolicy decay(String json) {
        JsonNode node = read(json);
        Map<IndicatorType, DecayRule> byType = new EnumMap<>(IndicatorType.class);
        for (Map.Entry<String, JsonNode> entry : node.get("byType").properties()) {
            byType.put(IndicatorType.parse(entry.getKey()), rule(entry.getValue()));
        }
        return new DecayPolicy(rule(node.get("fallback")), byType);
    }

    private static ObjectNode rule(DecayRule rule) {
        return MAPPER.createObjectNode().put("halfLife", rule.halfLife().toString())
                .put("expireBelow", rule.expireBelow());
    }

    private static DecayRule rule(JsonNode node) {
        return new DecayRule(Duration.parse(node.get("halfLife").asText()),
                node.get("expireBelow").asDouble());
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("registry JSON is broken: " + e.getOriginalMessage(),
                    e);
        }
    }
}
