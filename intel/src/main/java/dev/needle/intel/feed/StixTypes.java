package dev.needle.intel.feed;

import java.util.Set;

/** What Needle does with each STIX 2.0 and 2.1 object type. */
final class StixTypes {

    /** Types that feed events: their indicators, actors, techniques or context. */
    static final Set<String> MODELLED = Set.of("indicator", "observed-data", "report",
            "intrusion-set", "threat-actor", "campaign", "malware", "tool", "attack-pattern",
            "identity", "location", "relationship", "marking-definition", "ipv4-addr",
            "ipv6-addr", "domain-name", "url", "email-addr", "autonomous-system", "file",
            "artifact");

    /** Types of the specifications that Needle keeps only as JSON beside the events. */
    static final Set<String> NOT_MODELLED = Set.of("course-of-action", "grouping", "incident",
            "infrastructure", "malware-analysis", "note", "opinion", "vulnerability", "sighting",
            "directory", "email-message", "mac-addr", "mutex", "network-traffic", "process",
            "software", "user-account", "windows-registry-key", "x509-certificate",
            "language-content", "extension-definition");

    private StixTypes() {
    }

    /** Whether the type is one of the specifications' own. */
    static boolean known(String type) {
        return MODELLED.contains(type) || NOT_MODELLED.contains(type);
    }
}
