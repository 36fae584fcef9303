package dev.needle.traffic.internal.store;

import dev.needle.traffic.TrafficField;

/**
 * Where a traffic field lives in the star schema: the id column of {@code requests}, the
 * dimension table that id points into, and the column there that holds the value. {@code status}
 * lives in {@code requests} itself and has no dimension.
 */
record FieldColumns(String idColumn, String table, String valueColumn) {

    static FieldColumns of(TrafficField field) {
        return switch (field) {
            case IP -> new FieldColumns("ip_id", "ips", "ip");
            case COUNTRY -> new FieldColumns("ip_id", "ips", "country");
            case ASN -> new FieldColumns("ip_id", "ips", "asn");
            case METHOD -> new FieldColumns("ctx_id", "contexts", "method");
            case HOST -> new FieldColumns("ctx_id", "contexts", "host");
            case PATH -> new FieldColumns("path_id", "texts", "value");
            case REFERER -> new FieldColumns("referer_id", "texts", "value");
            case UA -> new FieldColumns("ua_id", "texts", "value");
            case STATUS -> new FieldColumns("status", "", "status");
        };
    }

    /** Whether the value is in {@code requests} itself rather than in a dimension. */
    boolean inFacts() {
        return table.isEmpty();
    }
}
