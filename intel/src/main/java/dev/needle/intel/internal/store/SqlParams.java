package dev.needle.intel.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** Values bound to a generated statement, named {@code p0}, {@code p1}, ... in order. */
final class SqlParams {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Binds a value and returns its placeholder. */
    String add(Object value) {
        String name = "p" + values.size();
        values.put(name, value);
        return ":" + name;
    }

    /** Binds a value under a given name. */
    void put(String name, Object value) {
        values.put(name, value);
    }

    Map<String, Object> values() {
        return values;
    }
}
