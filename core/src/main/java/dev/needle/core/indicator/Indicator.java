package dev.needle.core.indicator;

import java.util.Objects;

/**
 * A typed indicator in canonical form. Make one with {@link IndicatorNormalizer}, which accepts
 * what analysts paste (defanged, mixed case, with ports or trailing dots) and rejects what is not
 * of the type.
 */
public record Indicator(IndicatorType type, String value) {

    public Indicator {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return type.label() + ":" + value;
    }
}
