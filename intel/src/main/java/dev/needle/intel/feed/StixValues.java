package dev.needle.intel.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.feed.StixPattern.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps STIX observables to Needle indicator types: cyber-observable objects by their
 * properties, and pattern comparisons by their object paths.
 *
 * <p>Kept: {@code ipv4-addr}, {@code ipv6-addr} (a value with a prefix is a CIDR block),
 * {@code domain-name}, {@code url}, {@code email-addr}, the sender of an
 * {@code email-message}, {@code autonomous-system} numbers, MD5, SHA-1 and SHA-256 hashes of
 * {@code file} and {@code artifact}, and the addresses of {@code network-traffic}. Pattern
 * comparisons count when they test equality ({@code =} or {@code IN}), or subnet membership of an
 * address ({@code ISSUBSET}), and are not negated; a {@code MATCHES} or {@code LIKE} test names
 * no single value.
 */
final class StixValues {

    private static final Map<String, IndicatorType> HASHES = Map.of(
            "md5", IndicatorType.MD5, "sha1", IndicatorType.SHA1, "sha256", IndicatorType.SHA256);

    private StixValues() {
    }

    /** The values of one comparison, or empty when Needle keeps nothing of it. */
    static List<StixValue> of(Comparison comparison) {
        if (comparison.negated()) {
            return List.of();
        }
        String path = comparison.path();
        Optional<IndicatorType> type = typeOf(path, comparison.operator());
        if (type.isEmpty()) {
            return List.of();
        }
        List<StixValue> values = new ArrayList<>();
        for (String value : comparison.values()) {
            values.add(new StixValue(refine(type.get(), value,
                    path.startsWith("network-traffic:")), value, path));
        }
        return values;
    }

    /** The values of a cyber-observable object, such as an {@code ipv4-addr} or a file. */
    static List<StixValue> ofObservable(JsonNode object, String pathPrefix) {
        String type = JsonInput.text(object, "type");
        List<StixValue> values = new ArrayList<>();
        switch (type) {
            case "ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr" -> {
                String value = JsonInput.text(object, "value");
                IndicatorType base = typeOf(type + ":value", "=").orElseThrow();
                if (!value.isEmpty()) {
                    values.add(new StixValue(refine(base, value, false), value,
                            pathPrefix + "value"));
                }
            }
            case "autonomous-system" -> {
                String number = JsonInput.text(object, "number");
                if (!number.isEmpty()) {
                    values.add(new StixValue(IndicatorType.ASN, number, pathPrefix + "number"));
                }
            }
            case "file", "artifact" -> hashes(object.get("hashes"), pathPrefix, values);
            default -> {
                // Other observables name nothing Needle keeps as an indicator.
            }
        }
        return values;
    }

    /** Whether objects of this type can carry values Needle keeps. */
    static boolean isObservableType(String type) {
        return switch (type) {
            case "ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr",
                    "autonomous-system", "file", "artifact" -> true;
            default -> false;
        };
    }

    private static void hashes(JsonNode hashes, String pathPrefix, List<StixValue> values) {
        if (hashes == null || !hashes.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> hash : hashes.properties()) {
            IndicatorType type = HASHES.get(hashKey(hash.getKey()));
            if (type != null && hash.getValue().isTextual()) {
                values.add(new StixValue(type, hash.getValue().asText(),
                        pathPrefix + "hashes." + hash.getKey()));
            }
        }
    }

    private static Optional<IndicatorType> typeOf(String path, String operator) {
        int colon = path.indexOf(':');
        String object = path.substring(0, colon).toLowerCase(Locale.ROOT);
        String property = path.substring(colon + 1);
        boolean equality = operator.equals("=") || operator.equals("IN");
        boolean address = object.equals("ipv4-addr") || object.equals("ipv6-addr")
                || (object.equals("network-traffic")
                        && (property.equals("dst_ref.value") || property.equals("src_ref.value")));
        if (address && (equality || operator.equals("ISSUBSET"))) {
            return Optional.of(operator.equals("ISSUBSET") ? IndicatorType.CIDR
                    : object.equals("ipv6-addr") ? IndicatorType.IPV6 : IndicatorType.IPV4);
        }
        if (!equality) {
            return Optional.empty();
        }
        if ((object.equals("file") || object.equals("artifact"))
                && property.startsWith("hashes.")) {
            return Optional.ofNullable(HASHES.get(hashKey(property.substring(7))));
        }
        return Optional.ofNullable(switch (object + ":" + property) {
            case "domain-name:value" -> IndicatorType.DOMAIN;
            case "url:value" -> IndicatorType.URL;
            case "email-addr:value", "email-message:from_ref.value",
                    "email-message:sender_ref.value" -> IndicatorType.EMAIL;
            case "autonomous-system:number" -> IndicatorType.ASN;
            default -> null;
        });
    }

    /**
     * An address with a prefix is a block. The family of a {@code network-traffic} address is
     * read from the value, since that object holds either; {@code ipv4-addr} must hold IPv4.
     */
    private static IndicatorType refine(IndicatorType type, String value, boolean anyFamily) {
        if (type != IndicatorType.IPV4 && type != IndicatorType.IPV6) {
            return type;
        }
        if (value.indexOf('/') >= 0) {
            return IndicatorType.CIDR;
        }
        return anyFamily && value.indexOf(':') >= 0 ? IndicatorType.IPV6 : type;
    }

    private static String hashKey(String key) {
        return key.replace("'", "").replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
