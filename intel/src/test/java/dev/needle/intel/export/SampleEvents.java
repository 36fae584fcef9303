package dev.needle.intel.export;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Threat events shaped like real reporting on APT1 (Mandiant, 2013), with documentation
 * addresses (RFC 5737, RFC 3849) and {@code .example} names (RFC 2606) instead of live ones.
 */
public final class SampleEvents {

    public static final UUID C2_ID = UUID.fromString("3f1b6a2e-5c4d-4e7f-9a8b-1c2d3e4f5a6b");
    public static final UUID PHISHING_ID =
            UUID.fromString("8d7c6b5a-4e3f-4a1b-8c9d-0e1f2a3b4c5d");
    public static final UUID HOSTILE_ID = UUID.fromString("00000000-0000-4000-8000-00000000bad0");

    public static final String SHA256 =
            "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
    public static final String MD5 = "5d41402abc4b2a76b9719d911017c592";
    public static final String JA3 = "e7d705a3286e19ea42f587b344ee6865";
    public static final String QUOTED_URL = "http://news.hugesoft.example/o'brien/login.php?id=7";

    /**
     * Headline text that tries to break out of every format: quotes and semicolons for Suricata
     * and CSV, a line break and a hash for line formats, braces for nginx, a formula for
     * spreadsheets, a tab for Zeek.
     */
    public static final String HOSTILE_HEADLINE = "=HYPERLINK(\"x\") \"; sid:1; rev:1;) }\n"
            + "alert ip any any -> any any (msg:\"pwned\"; sid:2;)\r\n#\tdeny all; } {"
            + " \\ \u2028 end";

    private SampleEvents() {
    }

    /** APT1 command-and-control infrastructure, TLP:AMBER. */
    public static ThreatEvent c2() {
        return event(C2_ID, "apt-reports", Instant.parse("2013-02-19T08:30:00Z"),
                "APT1 command-and-control server", "C2 server", "APT1",
                List.of(ipv4("198.51.100.7"), ipv4("203.0.113.25"),
                        new Indicator(IndicatorType.CIDR, "192.0.2.0/24"),
                        new Indicator(IndicatorType.DOMAIN, "update.hugesoft.example"),
                        new Indicator(IndicatorType.URL, QUOTED_URL),
                        new Indicator(IndicatorType.JA3, JA3)),
                Optional.of(KillChainStage.COMMAND_AND_CONTROL), List.of("T1071.001"), Tlp.AMBER);
    }

    /** An APT1 spear-phishing wave, TLP:GREEN. */
    public static ThreatEvent phishing() {
        return event(PHISHING_ID, "phishing", Instant.parse("2013-02-12T14:05:00Z"),
                "Spear-phishing attachment from APT1", "Phishing", "APT1",
                List.of(new Indicator(IndicatorType.EMAIL, "hr-update@hugesoft.example"),
                        new Indicator(IndicatorType.SHA256, SHA256),
                        new Indicator(IndicatorType.MD5, MD5),
                        new Indicator(IndicatorType.IPV6, "2001:db8::25"),
                        new Indicator(IndicatorType.URL,
                                "https://docs.hugesoft.example/invoice.zip"),
                        ipv4("198.51.100.7")),
                Optional.of(KillChainStage.DELIVERY), List.of("T1566.001"), Tlp.GREEN);
    }

    /** An event whose text is an attack on every output format. */
    public static ThreatEvent hostile() {
        return event(HOSTILE_ID, "ds\"; x\n", Instant.parse("2024-05-01T00:00:00Z"),
                HOSTILE_HEADLINE, "+cmd|' /C calc'!A0", "@evil\",\"x",
                List.of(ipv4("198.51.100.99"),
                        new Indicator(IndicatorType.DOMAIN, "evil.example"),
                        new Indicator(IndicatorType.URL, "http://evil.example/a\"b;c\\d|e"),
                        new Indicator(IndicatorType.JA3, JA3)),
                Optional.empty(), List.of("T1071.001", "T1071.001\"}"), Tlp.RED);
    }

    /** An event with values no format may carry: they have the wrong shape for their type. */
    public static ThreatEvent malformed() {
        return event(UUID.fromString("00000000-0000-4000-8000-0000000000ff"), "broken",
                Instant.parse("2024-05-02T00:00:00Z"), "Malformed indicators", "", "",
                List.of(ipv4("198.51.100.300"),
                        new Indicator(IndicatorType.DOMAIN, "evil.example\n} deny all;"),
                        new Indicator(IndicatorType.CIDR, "10.0.0.0/8; allow all"),
                        new Indicator(IndicatorType.URL, "http://a.example/\r\nx"),
                        new Indicator(IndicatorType.SHA256, "not-a-hash")),
                Optional.empty(), List.of(), Tlp.CLEAR);
    }

    static Indicator ipv4(String value) {
        return new Indicator(IndicatorType.IPV4, value);
    }

    static ThreatEvent event(UUID id, String dataset, Instant date, String headline,
            String category, String attacker, List<Indicator> indicators,
            Optional<KillChainStage> stage, List<String> techniques, Tlp tlp) {
        return new ThreatEvent(id, dataset, date, headline, category, attacker, "CN", "US",
                "Aerospace", indicators, stage, techniques, List.of("apt", "espionage"), tlp, 80,
                Optional.of(date.minusSeconds(86_400)), Optional.of(date), "Seen in the report.",
                List.of(), Map.of("source", "sample"));
    }
}
