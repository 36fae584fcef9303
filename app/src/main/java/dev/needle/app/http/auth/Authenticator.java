package dev.needle.app.http.auth;

import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds who is calling: an API token in {@code Authorization: Bearer ...} or, for the web UI,
 * in the {@value #COOKIE} cookie. Tokens are checked against the intel registry, which keeps only
 * their SHA-256; a token is never logged. Every intel read path takes the principal this returns
 * and checks access itself.
 */
public final class Authenticator {

    /** The cookie the web UI keeps the token in (HttpOnly, SameSite=Strict). */
    public static final String COOKIE = "needle_token";

    private final IntelService intel;

    public Authenticator(IntelService intel) {
        this.intel = intel;
    }

    /** The caller's principal, or empty when the request carries no valid token. */
    public Optional<Principal> principal(Context ctx) {
        return token(ctx).flatMap(intel::authenticate);
    }

    private static Optional<String> token(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        }
        String cookie = ctx.cookie(COOKIE);
        return cookie == null || cookie.isBlank() ? Optional.empty() : Optional.of(cookie.strip());
    }

    /** Whether the request asked for HTML, as a browser does, rather than JSON. */
    public static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }
}
