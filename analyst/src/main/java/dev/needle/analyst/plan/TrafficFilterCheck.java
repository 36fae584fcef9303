package dev.needle.analyst.plan;

import dev.needle.core.filter.FieldSpec;
import dev.needle.core.filter.FieldType;
import dev.needle.core.filter.FilterParser;
import dev.needle.traffic.TrafficField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks text against the traffic filter language, as `needle top --where` reads it. */
public final class TrafficFilterCheck {

    private static final List<FieldSpec> FIELDS = fields();

    private TrafficFilterCheck() {
    }

    /** Why {@code where} is no traffic filter, or empty when it is one. */
    public static Optional<String> problem(String where) {
        try {
            FilterParser.parse(where, FIELDS);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static List<FieldSpec> fields() {
        List<FieldSpec> specs = new ArrayList<>();
        for (TrafficField field : TrafficField.values()) {
            specs.add(field.type() == FieldType.IP
                    ? new FieldSpec(field.label(), "v", field.type(), "hi", "lo")
                    : FieldSpec.of(field.label(), "v", field.type()));
        }
        return specs;
    }
}
