package dev.needle.app.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.needle.traffic.TopEntry;
import dev.needle.traffic.TrafficField;
import dev.needle.core.filter.FieldType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON configuration of the CLI and the HTTP API: ISO-8601 instants, empty Optionals as
 * absent values, records as objects, intel enums by their labels ({@link IntelLabels}).
 */
public final class Json {

    /** Shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addModule(IntelLabels.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    /**
     * A top list as the documented JSON shape: each entry an object with the field's value under
     * the field's name ({@code "ip": "1.2.3.4"}, numbers for status and asn) and a {@code count}.
     */
    public static List<Map<String, Object>> topList(TrafficField field, List<TopEntry> entries) {
        boolean numeric = field.type() == FieldType.NUMBER;
        return entries.stream().map(entry -> {
            Map<String, Object> object = new LinkedHashMap<>();
            object.put(field.label(), numeric ? numberOrText(entry.value()) : entry.value());
            object.put("count", entry.count());
            return object;
        }).toList();
    }

    private static Object numberOrText(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
