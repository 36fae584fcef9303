package dev.needle.app.http.web;

import dev.needle.traffic.TrafficService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The traffic overview at {@code /}. A plain request gets the whole page; a request from htmx
 * (header {@code HX-Request}) gets only the {@code #overview} fragment that it swaps in. A
 * selection that cannot be read answers 400 with the reason on the page.
 */
public final class TrafficPage {

    private final TrafficOverview overview;
    private final WebTemplates templates;

    /** The page, reading from {@code traffic} and rendering with {@code templates}. */
    public TrafficPage(TrafficService traffic, WebTemplates templates) {
        this.overview = new TrafficOverview(traffic);
        this.templates = templates;
    }

    /** Declares the page on {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.get("/", this::show);
    }

    private void show(Context ctx) {
        PageFilter filter = new PageFilter(ctx.queryParams("where"),
                Optional.ofNullable(ctx.queryParam("since")),
                Optional.ofNullable(ctx.queryParam("until")));
        OverviewView view = overview.read(filter);

        boolean fragment = "true".equals(ctx.header("HX-Request"))
                && !"true".equals(ctx.header("HX-History-Restore-Request"));
        String template = fragment ? "traffic/overview.jte" : "traffic/page.jte";
        ctx.header("Vary", "HX-Request")
                .status(view.problem().isPresent() ? 400 : 200)
                .html(templates.render(template, view));
    }
}
