package dev.needle.app.http;

import dev.needle.app.http.api.AnalystApi;
import dev.needle.app.http.api.IntelApi;
import dev.needle.app.http.api.IntelTransferApi;
import dev.needle.app.http.api.OpenApiDocument;
import dev.needle.app.http.api.TaxiiRoutes;
import dev.needle.app.http.api.TrafficApi;
import dev.needle.app.http.api.TrafficIntelApi;
import dev.needle.app.http.auth.Authenticator;
import dev.needle.app.http.web.AnalystPage;
import dev.needle.app.http.web.IntelPages;
import dev.needle.app.http.web.LoginPage;
import dev.needle.app.http.web.TrafficPage;
import dev.needle.app.http.web.WebTemplates;
import dev.needle.app.json.Json;
import dev.needle.app.NeedleParts;
import dev.needle.intel.service.IntelService;
import dev.needle.traffic.TrafficService;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Needle's HTTP server: the REST API under {@code /api/v1}, the web UI at {@code /}, health and
 * Prometheus metrics. Handlers run on virtual threads. Every response carries the headers of
 * {@link SecurityHeaders}; every error under {@code /api} has the JSON shape of
 * {@link dev.needle.app.http.api.ApiError}.
 *
 * <p>The intel endpoints under {@code /api/v1} and TAXII 2.1 under {@code /taxii2/} need an API
 * token ({@link Authenticator}); the intel service checks every read against the token's
 * organisation; the intel and analyst pages take the token from the login cookie. The traffic
 * endpoints ({@code /api/v1/traffic/top}, {@code series}, {@code findings}, {@code summary}),
 * the traffic page, health and metrics need none yet: bind the
 * server to the loopback (the default) or put it behind a proxy that authenticates.
 * {@code /api/v1/traffic/intel-matches} reveals intel, so it needs a token like the intel
 * endpoints, and so do the analyst's conversations under {@code /api/v1/analyst}.
 */
public final class NeedleServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NeedleServer.class);

    private final Javalin javalin;
    private final HttpMetrics metrics;
    private final List<Route> routes;

    private NeedleServer(Javalin javalin, HttpMetrics metrics, List<Route> routes) {
        this.javalin = javalin;
        this.metrics = metrics;
        this.routes = routes;
    }

    /** Starts a server on {@code config}'s address that answers from {@code parts}. */
    public static NeedleServer start(ServerConfig config, NeedleParts parts) {
        TrafficService traffic = parts.traffic();
        IntelService intel = parts.intel();
        Authenticator auth = new Authenticator(intel);
        HttpMetrics metrics = new HttpMetrics();
        List<Route> routes = new CopyOnWriteArrayList<>();
        WebTemplates templates = WebTemplates.precompiled();
        OpenApiDocument openApi = OpenApiDocument.load();

        Javalin javalin = Javalin.create(cfg -> {
            configure(cfg, config);
            cfg.requestLogger.http(metrics::record);
            cfg.events.handlerAdded(meta -> routes.add(
                    new Route(meta.getHttpMethod().name(), meta.getPath())));

            cfg.routes.before(SecurityHeaders::apply);
            cfg.routes.before(RequestIds::assign);
            ErrorResponses.register(cfg.routes);
            cfg.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
            cfg.routes.get("/metrics", ctx -> ctx
                    .contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            new TrafficApi(traffic).register(cfg.routes);
            new TrafficIntelApi(traffic, intel, auth).register(cfg.routes);
            new IntelApi(intel, auth).register(cfg.routes);
            new IntelTransferApi(intel, auth).register(cfg.routes);
            new TaxiiRoutes(intel, auth).register(cfg.routes);
            new AnalystApi(parts.analyst(), auth).register(cfg.routes);
            openApi.register(cfg.routes);
            new TrafficPage(traffic, templates).register(cfg.routes);
            new LoginPage(intel, templates).register(cfg.routes);
            new IntelPages(intel, auth, templates).register(cfg.routes);
            new AnalystPage(parts.analyst(), auth, templates).register(cfg.routes);
        });
        try {
            javalin.start();
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        NeedleServer server = new NeedleServer(javalin, metrics, routes);
        LOG.info("Needle listening on http://{}:{}/", config.bind(), server.port());
        return server;
    }

    private static void configure(JavalinConfig cfg, ServerConfig config) {
        cfg.concurrency.useVirtualThreads = true;
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.jetty.host = config.bind();
        cfg.jetty.port = config.port();
        cfg.jsonMapper(new JavalinJackson(Json.MAPPER, true));
        StaticAssets.register(cfg);
    }

    /** The port the server listens on; the one chosen when started with port 0. */
    public int port() {
        return javalin.port();
    }

    /** The routes declared on the server, by method and path pattern, sorted. */
    List<Route> routes() {
        return routes.stream()
                .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
                .toList();
    }

    /** Stops the server; the services stay open, as their owner opened them. */
    @Override
    public void close() {
        int port = port();
        javalin.stop();
        metrics.close();
        LOG.info("Needle stopped listening on port {}", port);
    }

    /** A declared route: HTTP method and path pattern. */
    record Route(String method, String path) {
    }
}
