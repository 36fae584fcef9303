package dev.needle.intel.service;

import dev.needle.core.indicator.IndicatorType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A dataset's decay rules: one per indicator type where set, the fallback otherwise.
 *
 * <p>{@link #standard()} reflects how long each kind stays useful: addresses are re-assigned
 * and cleaned within weeks (half-life 14 days for IPv4, IPv6 and CIDR), domains, URLs and
 * e-mail addresses within a month or so (30 days), TLS fingerprints change with client updates
 * (90 days), ASNs rarely (180 days), and a file hash names the same file forever (365 days).
 * Everything else uses 30 days; all rules expire scores below 5.
 *
 * @param fallback the rule for types without their own
 * @param byType rules for particular types
 */
public record DecayPolicy(DecayRule fallback, Map<IndicatorType, DecayRule> byType) {

    public DecayPolicy {
        Objects.requireNonNull(fallback, "fallback");
        byType = Map.copyOf(byType);
    }

    /** The same rule for every type. */
    public static DecayPolicy uniform(DecayRule rule) {
        return new DecayPolicy(rule, Map.of());
    }

    /** The default rules, listed in the class summary. */
    public static DecayPolicy standard() {
        Map<IndicatorType, DecayRule> rules = new EnumMap<>(IndicatorType.class);
        DecayRule network = DecayRule.halfLife(Duration.ofDays(14));
        rules.put(IndicatorType.IPV4, network);
        rules.put(IndicatorType.IPV6, network);
        rules.put(IndicatorType.CIDR, network);
        DecayRule hash = DecayRule.halfLife(Duration.ofDays(365));
        rules.put(IndicatorType.MD5, hash);
        rules.put(IndicatorType.SHA1, hash);
        rules.put(IndicatorType.SHA256, hash);
        DecayRule fingerprint = DecayRule.halfLife(Duration.ofDays(90));
        rules.put(IndicatorType.JA3, fingerprint);
        rules.put(IndicatorType.JA4, fingerprint);
        rules.put(IndicatorType.ASN, DecayRule.halfLife(Duration.ofDays(180)));
        return new DecayPolicy(DecayRule.halfLife(Duration.ofDays(30)), rules);
    }

    /** The rule for indicators of {@code type}. */
    public DecayRule ruleFor(IndicatorType type) {
        return byType.getOrDefault(type, fallback);
    }

    /** This policy with {@code rule} for {@code type}. */
    public DecayPolicy with(IndicatorType type, DecayRule rule) {
        Map<IndicatorType, DecayRule> rules = new EnumMap<>(IndicatorType.class);
        rules.putAll(byType);
        rules.put(type, rule);
        return new DecayPolicy(fallback, rules);
    }
}
