package dev.needle.intel.feed;

/** The feed formats Needle imports. */
public enum FeedFormat {
    /** A STIX 2.0 or 2.1 bundle (JSON). */
    STIX("stix"),
    /** A MISP event export: {@code {"Event": ...}} or {@code {"response": [{"Event": ...}]}}. */
    MISP_EVENT("misp-event"),
    /** A MISP feed directory: {@code manifest.json} and one {@code <uuid>.json} per event. */
    MISP_FEED("misp-feed"),
    /** abuse.ch Feodo Tracker botnet C2 IP blocklist (CSV). */
    FEODO_TRACKER("feodotracker"),
    /** abuse.ch URLhaus URL list (CSV). */
    URLHAUS("urlhaus"),
    /** abuse.ch ThreatFox IOCs (JSON). */
    THREATFOX("threatfox"),
    /** abuse.ch SSLBL JA3 fingerprint blacklist (CSV). */
    SSLBL_JA3("sslbl-ja3"),
    /** OpenIOC 1.0 or 1.1 (XML). */
    OPENIOC("openioc"),
    /** Any CSV, read through a {@link CsvMapping}. */
    CSV("csv");

    private final String label;

    FeedFormat(String label) {
        this.label = label;
    }

    /** The name used in the CLI and the API, such as {@code misp-feed}. */
    public String label() {
        return label;
    }

    /** The format with this label or enum name, ignoring case. */
    public static FeedFormat parse(String text) {
        String t = text.strip();
        for (FeedFormat format : values()) {
            if (format.label.equalsIgnoreCase(t) || format.name().equalsIgnoreCase(t)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown feed format '" + text + "'; expected stix,"
                + " misp-event, misp-feed, feodotracker, urlhaus, threatfox, sslbl-ja3, openioc"
                + " or csv");
    }
}
