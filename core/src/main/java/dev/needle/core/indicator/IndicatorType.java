package dev.needle.core.indicator;

import java.util.Locale;

/** The kinds of indicator Needle keeps, each with one canonical text form. */
public enum IndicatorType {
    /** Dotted quad, no leading zeros: {@code 192.0.2.1}. */
    IPV4("ipv4"),
    /** RFC 5952 text: {@code 2001:db8::1}. */
    IPV6("ipv6"),
    /** A network block with host bits clear: {@code 192.0.2.0/24}, {@code 2001:db8::/32}. */
    CIDR("cidr"),
    /** Lower-case ASCII (IDNA), no trailing dot: {@code xn--bcher-kva.example}. */
    DOMAIN("domain"),
    /** Scheme and host lower-cased, default port dropped, path kept: {@code http://a.example/x}. */
    URL("url"),
    /** 32 lower-case hex digits. */
    MD5("md5"),
    /** 40 lower-case hex digits. */
    SHA1("sha1"),
    /** 64 lower-case hex digits. */
    SHA256("sha256"),
    /** A JA3 TLS client fingerprint: 32 lower-case hex digits. */
    JA3("ja3"),
    /** A JA4 TLS client fingerprint, such as {@code t13d1516h2_8daaf6152771_02713d6af862}. */
    JA4("ja4"),
    /** An autonomous system number: {@code AS64500} is stored as {@code 64500}. */
    ASN("asn"),
    /** An e-mail address, domain part lower-cased. */
    EMAIL("email");

    private final String label;

    IndicatorType(String label) {
        this.label = label;
    }

    /** The name used in APIs, files and the CLI. */
    public String label() {
        return label;
    }

    /** Parses a type name such as {@code ipv4} or {@code sha256}. */
    public static IndicatorType parse(String text) {
        for (IndicatorType type : values()) {
            if (type.label.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown indicator type '" + text + "'; expected one"
                + " of ipv4, ipv6, cidr, domain, url, md5, sha1, sha256, ja3, ja4, asn, email");
    }
}
