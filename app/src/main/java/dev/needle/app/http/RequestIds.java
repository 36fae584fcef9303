package dev.needle.app.http;

import io.javalin.http.Context;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Gives each request an id, sent back in {@code X-Request-Id} and written in the log lines
 * about that request, so that a user's report of an error finds its log entry.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "needle.requestId";

    private RequestIds() {
    }

    /** Assigns a fresh id to the request. */
    static void assign(Context ctx) {
        String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /** The request's id; {@code -} if it got none, which only a failure before routing causes. */
    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "-" : id;
    }
}
