package dev.needle.traffic;

import dev.needle.core.filter.FieldType;
import java.util.Arrays;
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

    /** How the field compares in filter expressions: as text, a number or an IP address. */
    public FieldType type() {
        return type;
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
