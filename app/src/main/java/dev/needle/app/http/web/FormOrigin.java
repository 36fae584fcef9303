package dev.needle.app.http.web;

import io.javalin.http.Context;
import java.util.Objects;

/**
 * Whether a form was posted from Needle's own pages, by the browser's {@code Sec-Fetch-Site}
 * header, so that no other site can log a browser in or ask the analyst in its name. A request
 * without the header (an older browser, a script) is let through: the login cookie is
 * SameSite=Strict, so another site's form carries no token in any case.
 */
final class FormOrigin {

    private FormOrigin() {
    }

    /** Whether the browser says the request comes from this site or from the user. */
    static boolean isThisSite(Context ctx) {
        String site = Objects.requireNonNullElse(ctx.header("Sec-Fetch-Site"), "same-origin");
        return site.equals("same-origin") || site.equals("none");
    }
}
