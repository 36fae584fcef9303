package dev.needle.app.http.web;

import dev.needle.app.http.auth.Authenticator;
import dev.needle.intel.service.IntelService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Login and logout of the web UI. Login takes an API token in a form and, when intel knows it,
 * keeps it in the {@value Authenticator#COOKIE} cookie (HttpOnly, SameSite=Strict, Path=/) so
 * that the pages act with that token's rights. Logout clears the cookie. The cookie lasts for
 * the browser session; it is not marked Secure because Needle may serve plain HTTP on a LAN.
 * A login posted from another site is refused, so that no page can log a browser in with a
 * token of its choosing. A login reached with {@code ?next=} returns to that path of this site
 * (the analyst page asks for that); otherwise it goes to the intel pages.
 */
public final class LoginPage {

    private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);

    /** Characters a token may hold; anything else could not be a token and stays out of headers. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{1,512}");

    /**
     * Where a login may return to: a path of this site in printable ASCII. Not {@code //host}
     * nor a backslash, which browsers read as another site.
     */
    private static final Pattern NEXT = Pattern.compile("/(?![/\\\\])[!-~&&[^\\\\]]{0,2000}");

    private final IntelService intel;
    private final WebTemplates templates;

    /** The pages, checking tokens against {@code intel}. */
    public LoginPage(IntelService intel, WebTemplates templates) {
        this.intel = intel;
        this.templates = templates;
    }

    /** Declares the pages on {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.get("/login", ctx -> ctx.html(templates.render("login.jte",
                new LoginView(Optional.empty(), next(ctx.queryParam("next"))))));
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
    }

    /** The login page that, once logged in, returns to the path and query of {@code ctx}. */
    public static String returningTo(Context ctx) {
        String target = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        return "/login?next=" + IntelLinks.query(target);
    }

    private void login(Context ctx) {
        String next = next(ctx.formParam("next"));
        if (!FormOrigin.isThisSite(ctx)) {
            LOG.warn("web login refused a form posted from {} ({})",
                    ctx.header("Sec-Fetch-Site"), ctx.ip());
            ctx.status(403).html(templates.render("login.jte",
                    new LoginView(Optional.of("Log in from this page."), next)));
            return;
        }
        String token = Objects.requireNonNullElse(ctx.formParam("token"), "").strip();
        boolean known = TOKEN.matcher(token).matches() && intel.authenticate(token).isPresent();
        if (!known) {
            LOG.warn("web login refused an unknown token from {}", ctx.ip());
            ctx.status(401).html(templates.render("login.jte",
                    new LoginView(Optional.of("That token is unknown or revoked."), next)));
            return;
        }
        ctx.header("Set-Cookie", Authenticator.COOKIE + "=" + token
                + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.redirect(next.isEmpty() ? "/intel" : next, HttpStatus.SEE_OTHER);
    }

    /** {@code sent} when it is a path of this site, else empty. */
    private static String next(String sent) {
        return sent != null && NEXT.matcher(sent).matches() ? sent : "";
    }

    private void logout(Context ctx) {
        ctx.header("Set-Cookie", Authenticator.COOKIE
                + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }
}
