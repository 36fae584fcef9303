package dev.needle.intel.feed;

import dev.needle.core.indicator.IndicatorType;
import java.util.List;
import java.util.Optional;

/**
 * Maps MISP attribute types to Needle indicator types.
 *
 * <p>Kept: {@code ip-src}, {@code ip-dst} (and their {@code |port} forms, the port going to the
 * metadata), {@code domain}, {@code hostname}, {@code domain|ip}, {@code hostname|port},
 * {@code url}, {@code md5}, {@code sha1}, {@code sha256}, {@code filename|<hash>},
 * {@code malware-sample} (its MD5), {@code ja3-fingerprint-md5}, {@code email},
 * {@code email-src}, {@code email-reply-to} and {@code AS}. Not kept, among others: {@code link}
 * (a reference to a report or a sandbox, not something the attacker used), {@code email-dst} and
 * {@code target-*} (they describe victims), {@code filename}, {@code text}, {@code comment},
 * {@code regkey}, {@code mutex}, {@code yara}, {@code uri} (a path without a host).
 */
final class MispTypes {

    /** One indicator an attribute names; {@code port} is empty unless the type has one. */
    record Part(IndicatorType type, String raw, String port) {
    }

    private MispTypes() {
    }

    /** The indicators of an attribute, or empty when Needle does not keep its type. */
    static Optional<List<Part>> parts(String type, String value) {
        String[] pair = value.split("\\|", 2);
        String first = pair[0];
        String second = pair.length > 1 ? pair[1] : "";
        return Optional.ofNullable(switch (type) {
            case "ip-src", "ip-dst" -> List.of(ip(value, ""));
            case "ip-src|port", "ip-dst|port" -> List.of(ip(first, second));
            case "domain", "hostname" -> List.of(new Part(IndicatorType.DOMAIN, value, ""));
            case "hostname|port" -> List.of(new Part(IndicatorType.DOMAIN, first, second));
            case "domain|ip" -> List.of(new Part(IndicatorType.DOMAIN, first, ""),
                    ip(second, ""));
            case "url" -> List.of(new Part(IndicatorType.URL, value, ""));
            case "md5" -> List.of(new Part(IndicatorType.MD5, value, ""));
            case "sha1" -> List.of(new Part(IndicatorType.SHA1, value, ""));
            case "sha256" -> List.of(new Part(IndicatorType.SHA256, value, ""));
            case "filename|md5", "malware-sample" ->
                    List.of(new Part(IndicatorType.MD5, second, ""));
            case "filename|sha1" -> List.of(new Part(IndicatorType.SHA1, second, ""));
            case "filename|sha256" -> List.of(new Part(IndicatorType.SHA256, second, ""));
            case "ja3-fingerprint-md5" -> List.of(new Part(IndicatorType.JA3, value, ""));
            case "email", "email-src", "email-reply-to" ->
                    List.of(new Part(IndicatorType.EMAIL, value, ""));
            case "AS" -> List.of(new Part(IndicatorType.ASN, value, ""));
            default -> null;
        });
    }

    private static Part ip(String value, String port) {
        IndicatorType type = value.indexOf('/') >= 0 ? IndicatorType.CIDR
                : value.indexOf(':') >= 0 ? IndicatorType.IPV6 : IndicatorType.IPV4;
        return new Part(type, value, port);
    }
}
