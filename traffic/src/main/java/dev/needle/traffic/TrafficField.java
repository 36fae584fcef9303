package dev.needle.traffic;

import dev.needle.core.filter.FieldSpec;
import dev.needle.core.filter.FieldType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The fields of an access-log row that top lists, splits and filters can name. */
public enum TrafficField {
    IP("ip", FieldType.IP),
    PATH("path", FieldType.TEXT),
    STATUS("status", FieldType.NUMBER),
    METHOD("method", FieldType.TEXT),
    HOST("host", FieldType.TEXT),
    UA("ua", FieldType.TEXT),
    REFERER("referer", FieldType.TEXT),
    COUNTRY("country", FieldType.TEXT),
    ASN("asn", FieldType.NUMBER);

    private final String label;
    private final FieldType type;

    TrafficField(String label, FieldType type) {
        this.label = label;
        this.type = type;
    }

    /** The name users type and JSON output uses, such as {@code ip} or {@code ua}. */
    public String label() {
        return label;
    }

    /** The DuckDB column that stores the field. */
    public String column() {
        return label;
    }

    /** The field as the filter compiler sees it. */
    public FieldSpec spec() {
        if (type == FieldType.IP) {
            return new FieldSpec(label, column(), type, "ip_hi", "ip_lo");
        }
        return FieldSpec.of(label, column(), type);
    }

    /** Every field as a filter spec, for compiling {@code --where} expressions. */
    public static List<FieldSpec> specs() {
        return Arrays.stream(values()).map(TrafficField::spec).toList();
    }

    /** Parses a field name as a user types it; the message lists the valid names. */
    public static TrafficField parse(String name) {
        for (TrafficField field : values()) {
            if (field.label.equals(name.toLowerCase(Locale.ROOT))) {
                return field;
            }
        }
        throw new IllegalArgumentException("unknown field '" + name + "'; expected one of "
                + Arrays.stream(values()).map(TrafficField::label).toList());
    }
}
