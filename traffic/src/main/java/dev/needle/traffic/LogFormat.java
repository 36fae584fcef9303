package dev.needle.traffic;

import java.util.Locale;

/** The access-log formats Needle reads. */
public enum LogFormat {
    /** Apache/nginx combined: common plus quoted referer and user agent. */
    COMBINED("combined"),
    /** Apache/nginx common log format (NCSA). */
    COMMON("common"),
    /** JSON lines with the field names of Cloudflare's HTTP request logs. */
    CLOUDFLARE_JSON("cloudflare-json");

    private final String label;

    LogFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a format name as given to {@code --format}. */
    public static LogFormat parse(String text) {
        for (LogFormat format : values()) {
            if (format.label.equals(text.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown log format '" + text
                + "'; expected combined, common or cloudflare-json");
    }
}
