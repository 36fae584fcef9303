package dev.needle.intel.export;

import java.util.Locale;

/** The formats events export to, each with the media type and file name it is served as. */
public enum ExportFormat {
    STIX("stix", "application/stix+json;version=2.1", "needle-stix.json"),
    CSV("csv", "text/csv; charset=utf-8; header=present", "needle-events.csv"),
    BLOCKLIST("blocklist", "text/plain; charset=utf-8", "needle-blocklist.txt"),
    NGINX_GEO("nginx-geo", "text/plain; charset=utf-8", "needle-geo.conf"),
    NGINX_DENY("nginx-deny", "text/plain; charset=utf-8", "needle-deny.conf"),
    SURICATA("suricata", "text/plain; charset=utf-8", "needle.rules"),
    ZEEK("zeek", "text/plain; charset=utf-8", "needle.intel");

    private final String label;
    private final String mediaType;
    private final String fileName;

    ExportFormat(String label, String mediaType, String fileName) {
        this.label = label;
        this.mediaType = mediaType;
        this.fileName = fileName;
    }

    /** The name used in APIs and the CLI, such as {@code nginx-geo}. */
    public String label() {
        return label;
    }

    /** The Content-Type an HTTP response carrying this format should have. */
    public String mediaType() {
        return mediaType;
    }

    /** A file name to suggest for a download. */
    public String fileName() {
        return fileName;
    }

    /** Parses a label such as {@code stix} or {@code nginx-geo}; case and underscores are loose. */
    public static ExportFormat parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ExportFormat format : values()) {
            if (format.label.equals(t)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + text + "'; expected stix,"
                + " csv, blocklist, nginx-geo, nginx-deny, suricata or zeek");
    }
}
