package dev.needle.app.http.api;

import dev.needle.core.indicator.Indicator;
import java.util.LinkedHashMap;
import java.util.Map;

/** An indicator as the API writes it: {@code {"type": "ipv4", "value": "192.0.2.1"}}. */
final class IndicatorJson {

    private IndicatorJson() {
    }

    /** The JSON object of {@code indicator}, its type by its API label. */
    static Map<String, String> of(Indicator indicator) {
        Map<String, String> object = new LinkedHashMap<>();
        object.put("type", indicator.type().label());
        object.put("value", indicator.value());
        return object;
    }
}
