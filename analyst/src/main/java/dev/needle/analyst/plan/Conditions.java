package dev.needle.analyst.plan;

import dev.needle.traffic.TrafficField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Traffic filter conditions in the canonical form of docs/analyst.md: one condition per field,
 * written in field order and joined with {@code and}. A newer condition on a field replaces the
 * older one, which is how a follow-up such as "only 404s" narrows a previous question.
 */
final class Conditions {

    private final EnumMap<TrafficField, String> byField = new EnumMap<>(TrafficField.class);

    /** The conditions of a canonical {@code where} text, as this class writes it. */
    static Conditions parse(Optional<String> where) {
        Conditions conditions = new Conditions();
        where.ifPresent(text -> {
            TrafficField current = null;
            for (String part : text.split(" and ")) {
                TrafficField field = TrafficField.parse(part.substring(0, part.indexOf(' ')));
                if (field == current) {
                    conditions.byField.merge(field, part, (a, b) -> a + " and " + b);
                } else {
                    conditions.byField.put(field, part);
                }
                current = field;
            }
        });
        return conditions;
    }

    /** Sets the condition on a field; {@code condition} starts with the field's label. */
    void put(TrafficField field, String condition) {
        byField.put(field, condition);
    }

    /** Whether a field has a condition. */
    boolean has(TrafficField field) {
        return byField.containsKey(field);
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    /** These conditions with {@code newer}'s replacing those on the same fields. */
    Conditions overriddenBy(Conditions newer) {
        Conditions merged = new Conditions();
        merged.byField.putAll(byField);
        merged.byField.putAll(newer.byField);
        return merged;
    }

    /** The filter expression, or empty when there is no condition. */
    Optional<String> where() {
        if (byField.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<TrafficField, String> entry : byField.entrySet()) {
            if (!text.isEmpty()) {
                text.append(" and ");
            }
            text.append(entry.getValue());
        }
        return Optional.of(text.toString());
    }
}
