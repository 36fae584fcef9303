package dev.needle.intel.export;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.net.Cidr;

/**
 * STIX patterns for valid indicators, one comparison each.
 *
 * <p>String literals are quoted as the STIX patterning grammar asks: in single quotes, with
 * backslash and single quote escaped by a backslash; nothing else needs escaping there, and the
 * JSON layer escapes the rest. Networks are written as the {@code value} of an address object
 * with the prefix, which the grammar allows for {@code ipv4-addr} and {@code ipv6-addr}.
 *
 * <p>JA3 and JA4 fingerprints have no STIX object of their own. They are written against
 * {@code network-traffic} with Needle's custom extension {@code x-needle-tls-ext}, whose
 * properties {@code ja3} and {@code ja4} hold the fingerprint; consumers that do not know the
 * extension still see a well-formed network-traffic pattern.
 */
final class StixPattern {

    private StixPattern() {
    }

    /** The pattern matching {@code indicator}, whose value must already be checked. */
    static String of(Indicator indicator) {
        String v = IndicatorCheck.canonical(indicator);
        return switch (indicator.type()) {
            case IPV4 -> equals("ipv4-addr:value", v);
            case IPV6 -> equals("ipv6-addr:value", v);
            case CIDR -> equals(Cidr.parse(v).isIpv4() ? "ipv4-addr:value" : "ipv6-addr:value",
                    v);
            case DOMAIN -> equals("domain-name:value", v);
            case URL -> equals("url:value", v);
            case MD5 -> equals("file:hashes.'MD5'", v);
            case SHA1 -> equals("file:hashes.'SHA-1'", v);
            case SHA256 -> equals("file:hashes.'SHA-256'", v);
            case JA3 -> equals("network-traffic:extensions.'x-needle-tls-ext'.ja3", v);
            case JA4 -> equals("network-traffic:extensions.'x-needle-tls-ext'.ja4", v);
            case EMAIL -> equals("email-addr:value", v);
            case ASN -> "[autonomous-system:number = " + Long.parseLong(v) + "]";
        };
    }

    /** {@code text} as a STIX pattern string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\'') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }

    private static String equals(String path, String value) {
        return "[" + path + " = " + quote(value) + "]";
    }
}
