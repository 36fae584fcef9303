package dev.needle.intel.service;

import static dev.needle.intel.service.EventBuilder.event;
import static dev.needle.intel.service.EventBuilder.uuid;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.util.List;

/**
 * Six events of a small APT dataset, numbered by id. Addresses come from the RFC 5737
 * documentation ranges, domains from RFC 2606's example names; attackers and ATT&CK ids are
 * real ones.
 */
final class Corpus {

    static final String C2_DOMAIN = "benefits-portal.example.net";
    static final String PHISH_HASH =
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String POS_HASH =
            "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    private Corpus() {
    }

    /** 1: APT1 spear-phishing, 2025-05-01, green. */
    static ThreatEvent phishing() {
        return event(1).at("2025-05-01T08:00:00Z")
                .headline("Spear-phishing e-mail with a malicious attachment")
                .category("Phishing").attacker("APT1", "CN").target("US", "Finance")
                .indicator(IndicatorType.EMAIL, "hr-benefits@mail.example.net")
                .indicator(IndicatorType.DOMAIN, C2_DOMAIN)
                .indicator(IndicatorType.SHA256, PHISH_HASH)
                .stage(KillChainStage.DELIVERY).techniques("T1566.001").tags("phishing", "apt1")
                .tlp(Tlp.GREEN).confidence(80).insight("Lure themed as an HR benefits update")
                .build();
    }

    /** 2: APT1 beacon to 198.51.100.23, 2025-05-03 noon, amber, last seen 2025-05-20. */
    static ThreatEvent beacon() {
        return event(2).at("2025-05-03T12:00:00Z")
                .headline("Beacon to command-and-control server")
                .category("C2 server").attacker("APT1", "CN").target("US", "Finance")
                .indicator(IndicatorType.IPV4, "198.51.100.23")
                .indicator(IndicatorType.DOMAIN, C2_DOMAIN)
                .stage(KillChainStage.COMMAND_AND_CONTROL).techniques("T1071", "T1071.001")
                .tags("c2", "apt1").tlp(Tlp.AMBER).confidence(90)
                .lastSeen("2025-05-20T00:00:00Z").insight("HTTPS beacon every 60 seconds")
                .related(uuid(1)).build();
    }

    /** 3: APT28 credential harvesting, 2025-05-03 evening, red. */
    static ThreatEvent harvesting() {
        return event(3).at("2025-05-03T18:00:00Z")
                .headline("Credential harvesting page impersonating webmail")
                .category("Phishing").attacker("APT28", "RU").target("DE", "Government")
                .indicator(IndicatorType.URL, "http://login.example.org/owa")
                .indicator(IndicatorType.IPV4, "203.0.113.7")
                .stage(KillChainStage.DELIVERY).techniques("T1566.002").tags("phishing")
                .tlp(Tlp.RED).confidence(70).build();
    }

    /** 4: FIN7 point-of-sale malware, 2025-05-10, clear. */
    static ThreatEvent posMalware() {
        return event(4).at("2025-05-10T09:30:00Z")
                .headline("Point-of-sale malware dropped by a macro")
                .category("Malware").attacker("FIN7", "").target("US", "Retail")
                .indicator(IndicatorType.SHA256, POS_HASH)
                .indicator(IndicatorType.IPV4, "192.0.2.44")
                .stage(KillChainStage.INSTALLATION).techniques("T1204.002").tags("malware", "pos")
                .tlp(Tlp.CLEAR).confidence(60).build();
    }

    /** 5: APT1 exfiltration to 198.51.100.24, 2025-05-12, amber. */
    static ThreatEvent exfiltration() {
        return event(5).at("2025-05-12T22:15:00Z")
                .headline("Exfiltration over the C2 channel")
                .category("Exfiltration").attacker("APT1", "CN").target("US", "Finance")
                .indicator(IndicatorType.IPV4, "198.51.100.24")
                .indicator(IndicatorType.DOMAIN, C2_DOMAIN)
                .stage(KillChainStage.ACTIONS_ON_OBJECTIVES).techniques("T1041").tags("apt1")
                .tlp(Tlp.AMBER).confidence(85).build();
    }

    /** 6: scanning from 203.0.113.0/24 by no known attacker, 2025-05-15, green. */
    static ThreatEvent scanning() {
        return event(6).at("2025-05-15T03:00:00Z")
                .headline("Port scanning from a hosting range")
                .category("Scanning").target("GB", "Energy")
                .indicator(IndicatorType.CIDR, "203.0.113.0/24")
                .stage(KillChainStage.RECONNAISSANCE).techniques("T1595").tags("scanning")
                .tlp(Tlp.GREEN).confidence(50).build();
    }

    /** All six, in id order. */
    static List<ThreatEvent> all() {
        return List.of(phishing(), beacon(), harvesting(), posMalware(), exfiltration(),
                scanning());
    }
}
