package dev.needle.core.filter;

import java.util.List;

/** The fields of an access-log row, declared as the traffic module declares them. */
final class AccessLogFields {

    static final FieldSpec IP = new FieldSpec("ip", "ip", FieldType.IP, "ip_hi", "ip_lo");
    static final FieldSpec PATH = FieldSpec.of("path", "path", FieldType.TEXT);
    static final FieldSpec STATUS = FieldSpec.of("status", "status", FieldType.NUMBER);
    static final FieldSpec METHOD = FieldSpec.of("method", "method", FieldType.TEXT);
    static final FieldSpec UA = FieldSpec.of("ua", "ua", FieldType.TEXT);
    static final FieldSpec COUNTRY = FieldSpec.of("country", "country", FieldType.TEXT);
    static final FieldSpec ASN = FieldSpec.of("asn", "asn", FieldType.NUMBER);

    static final List<FieldSpec> ALL = List.of(IP, PATH, STATUS, METHOD, UA, COUNTRY, ASN);

    private AccessLogFields() {
    }
}
