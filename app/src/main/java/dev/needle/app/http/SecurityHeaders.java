package dev.needle.app.http;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The headers every response carries. Pages show values from logs, which are attacker-written,
 * so the policy allows scripts, styles and connections only from Needle itself and no inline
 * script or style at all; escaping is the first defence and this is the second.
 */
final class SecurityHeaders {

    static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");

    private SecurityHeaders() {
    }

    /** Sets the headers on a response. */
    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
