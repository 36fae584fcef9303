package dev.needle.app.http.api;

import dev.needle.app.http.auth.Authenticator;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import dev.needle.intel.taxii.TaxiiResponse;
import dev.needle.intel.taxii.TaxiiServer;
import dev.needle.intel.taxii.TaxiiSettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TAXII 2.1, read only: discovery at {@value #DISCOVERY} and one API root at {@value #ROOT},
 * one collection per dataset the caller may read. Callers authenticate with
 * {@code Authorization: Bearer <token>} or Basic with the token as password; the token needs the
 * read scope. Every answer, errors included, is {@code application/taxii+json;version=2.1}. The
 * API root URL in discovery is built from the request's Host header, so clients see the address
 * they used; a Host header that is not a plain host and port is refused.
 */
public final class TaxiiRoutes {

    /** The discovery path. */
    public static final String DISCOVERY = "/taxii2/";

    /** The API root path. */
    public static final String ROOT = "/taxii2/api/";

    private static final Logger LOG = LoggerFactory.getLogger(TaxiiRoutes.class);
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?"
            + "|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final IntelService intel;
    private final Authenticator auth;

    /** TAXII over {@code intel} for callers {@code auth} recognises. */
    public TaxiiRoutes(IntelService intel, Authenticator auth) {
        this.intel = intel;
        this.auth = auth;
    }

    /** Declares the endpoints on {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.get(DISCOVERY, ctx -> answer(ctx, (server, source) -> server.discovery()));
        routes.get(ROOT, ctx -> answer(ctx, (server, source) -> server.apiRoot()));
        routes.get(ROOT + "collections/", ctx -> answer(ctx,
                (server, source) -> server.collections(source)));
        routes.get(ROOT + "collections/{id}/", ctx -> answer(ctx,
                (server, source) -> server.collection(source, ctx.pathParam("id"))));
        routes.get(ROOT + "collections/{id}/objects/", ctx -> answer(ctx,
                (server, source) -> server.objects(source, ctx.pathParam("id"),
                        ctx.queryParamMap())));
        routes.get(ROOT + "collections/{id}/manifest/", ctx -> answer(ctx,
                (server, source) -> server.manifest(source, ctx.pathParam("id"),
                        ctx.queryParamMap())));
    }

    private interface Call {
        TaxiiResponse on(TaxiiServer server, IntelTaxiiSource source);
    }

    private void answer(Context ctx, Call call) {
        Optional<Principal> principal = auth.principal(ctx);
        TaxiiServer server = new TaxiiServer(TaxiiSettings.of(rootUrl(ctx)));
        TaxiiResponse response;
        if (principal.isEmpty()) {
            LOG.warn("TAXII request {} from {} without a valid token refused", oneLine(ctx.path()),
                    ctx.ip());
            ctx.header("WWW-Authenticate", "Basic realm=\"Needle TAXII\"");
            response = error(401, "Unauthorized", "Send an API token as Bearer, or as the"
                    + " password of Basic authentication.");
        } else if (principal.get().scopes().stream().noneMatch(s -> s.includes(Scope.READ))) {
            response = error(403, "Forbidden", "This token lacks the read scope.");
        } else if (!TaxiiServer.accepts(Optional.ofNullable(ctx.header("Accept")).orElse("*/*"))) {
            response = server.notAcceptable();
        } else {
            response = call.on(server, new IntelTaxiiSource(intel, principal.get()));
        }
        send(ctx, response);
    }

    private static String rootUrl(Context ctx) {
        String host = Optional.ofNullable(ctx.header("Host")).orElse("");
        if (!HOST.matcher(host).matches()) {
            LOG.warn("TAXII request with an unusable Host header refused");
            throw ApiException.badParameter("Host", "", "not a host name and port");
        }
        return "http://" + host + ROOT;
    }

    /** Text from a request, safe for one log line: line breaks become spaces. */
    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }

    private static TaxiiResponse error(int status, String title, String description) {
        String body = "{\"title\":\"" + title + "\",\"description\":\"" + description
                + "\",\"http_status\":\"" + status + "\"}";
        return new TaxiiResponse(status, Map.of(), body);
    }

    private static void send(Context ctx, TaxiiResponse response) {
        response.headers().forEach(ctx::header);
        ctx.status(response.status()).contentType(response.contentType())
                .result(response.body());
    }
}
