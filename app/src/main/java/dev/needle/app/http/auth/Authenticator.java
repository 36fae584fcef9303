package dev.needle.app.http.auth;

import dev.needle.app.http.api.ApiException;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds who is calling: an API token in {@code Authorization: Bearer ...}, as the password of
 * {@code Authorization: Basic ...} (what TAXII clients such as OpenCTI send; the user name is
 * ignored) or, for the web UI, in the {@value #COOKIE} cookie. Tokens are checked against the
 * intel registry, which keeps only their SHA-256; a token is never logged. Every intel read path
 * takes the principal this returns and checks access itself.
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

    /**
     * The caller's principal when its token holds {@code scope}.
     *
     * @throws ApiException 401 without a valid token, 403 when the token lacks the scope
     */
    public Principal require(Context ctx, Scope scope) {
        Principal principal = principal(ctx).orElseThrow(ApiException::unauthorized);
        if (principal.scopes().stream().noneMatch(held -> held.includes(scope))) {
            throw ApiException.forbidden(scope.label());
        }
        return principal;
    }

    private static Optional<String> token(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return nonBlank(header.substring(7));
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basicPassword(header.substring(6).strip());
        }
        String cookie = ctx.cookie(COOKIE);
        return cookie == null ? Optional.empty() : nonBlank(cookie);
    }

    private static Optional<String> basicPassword(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        return colon < 0 ? Optional.empty() : nonBlank(pair.substring(colon + 1));
    }

    private static Optional<String> nonBlank(String text) {
        String token = text.strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** Whether the request asked for HTML, as a browser does, rather than JSON. */
    public static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
    }
}
