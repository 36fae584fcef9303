package dev.needle.traffic.internal.parse;

import dev.needle.traffic.LogFormat;

/** Makes the parser for a format. Each parser is single-threaded; make one per thread. */
public final class LogParsers {

    private LogParsers() {
    }

    /** A new parser for {@code format}. */
    public static LineParser forFormat(LogFormat format) {
        return switch (format) {
            case COMBINED -> new ClfParser(true);
            case COMMON -> new ClfParser(false);
            case CLOUDFLARE_JSON -> new CloudflareJsonParser();
        };
    }
}
