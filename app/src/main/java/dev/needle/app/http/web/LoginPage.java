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
 * token of its choosing.
 */
public final class LoginPage {

    private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);

    /** Characters a token may hold; anything else could not be a token and stays out of headers. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{1,512}");

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
                new LoginView(Optional.empty()))));
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
    }

    private void login(Context ctx) {
        String site = Objects.requireNonNullElse(ctx.header("Sec-Fetch-Site"), "same-origin");
        if (!site.equals("same-origin") && !site.equals("none")) {
            LOG.warn("web login refused a form posted from {} ({})", site, ctx.ip());
            ctx.status(403).html(templates.render("login.jte",
                    new LoginView(Optional.of("Log in from this page."))));
            return;
        }
        String token = Objects.requireNonNullElse(ctx.formParam("token"), "").strip();
        boolean known = TOKEN.matcher(token).matches() && intel.authenticate(token).isPresent();
        if (!known) {
            LOG.warn("web login refused an unknown token from {}", ctx.ip());
            ctx.status(401).html(templates.render("login.jte",
                    new LoginView(Optional.of("That token is unknown or revoked."))));
            return;
        }
        ctx.header("Set-Cookie", Authenticator.COOKIE + "=" + token
                + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.redirect("/intel", HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        ctx.header("Set-Cookie", Authenticator.COOKIE
                + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }
}
