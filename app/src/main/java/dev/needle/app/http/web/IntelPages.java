package dev.needle.app.http.web;

import dev.needle.app.http.auth.Authenticator;
import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.AggregateRow;
import dev.needle.intel.service.EventPage;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.PivotResult;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The intel pages under {@code /intel}: events with filters, one event, one indicator's pivots,
 * and the attacker timelapse with its JSON. Each acts with the rights of the caller's token; a
 * request without a valid one is sent to {@code /login}. What the caller may not read answers
 * 404, as if it did not exist.
 */
public final class IntelPages {

    private static final int PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 500;
    private static final int PIVOT_LIMIT = 100;

    private final IntelService intel;
    private final Authenticator auth;
    private final WebTemplates templates;

    /** The pages, reading from {@code intel} as the caller {@code auth} finds. */
    public IntelPages(IntelService intel, Authenticator auth, WebTemplates templates) {
        this.intel = intel;
        this.auth = auth;
        this.templates = templates;
    }

    /** Declares the pages on {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.get("/intel", ctx -> as(ctx, this::events));
        routes.get("/intel/datasets/{dataset}/events/{id}", ctx -> as(ctx, this::event));
        routes.get("/intel/indicators/{type}/<value>", ctx -> as(ctx, this::indicator));
        routes.get("/intel/timelapse", ctx -> as(ctx, this::timelapse));
        routes.get("/intel/timelapse.json", ctx -> as(ctx, this::timelapseData));
    }

    private void as(Context ctx, BiConsumer<Context, Principal> page) {
        Optional<Principal> principal = auth.principal(ctx);
        if (principal.isEmpty()) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.header("Cache-Control", "no-store");
        page.accept(ctx, principal.get());
    }

    private void events(Context ctx, Principal reader) {
        EventFilter filter = EventFilter.of(ctx);
        List<String> attackers = known(reader, AggregateDimension.ATTACKER);
        String cursor = Optional.ofNullable(ctx.queryParam("cursor")).orElse("").strip();
        EventPage page;
        try {
            EventSearch search = cursor.isEmpty() ? filter.search(pageSize(ctx))
                    : EventSearch.fromCursor(cursor);
            page = intel.searchEvents(reader, search);
        } catch (IllegalArgumentException e) {
            ctx.status(400).html(templates.render("intel/events.jte", new EventListView(filter,
                    attackers, List.of(), Optional.empty(), Optional.of(e.getMessage()))));
            return;
        }
        ctx.html(templates.render("intel/events.jte", new EventListView(filter, attackers,
                page.events(), page.nextCursor().map(IntelLinks::nextPage), Optional.empty())));
    }

    /** The {@code size} the request asks for, within 1 to 500; 50 when absent or unreadable. */
    private static int pageSize(Context ctx) {
        try {
            int size = Integer.parseInt(Optional.ofNullable(ctx.queryParam("size")).orElse(""));
            return Math.clamp(size, 1, MAX_PAGE_SIZE);
        } catch (NumberFormatException e) {
            return PAGE_SIZE;
        }
    }

    private List<String> known(Principal reader, AggregateDimension dimension) {
        return intel.aggregate(reader, AggregateQuery.counting(dimension)).rows().stream()
                .map(row -> row.value(dimension)).filter(value -> !value.isBlank())
                .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private void event(Context ctx, Principal reader) {
        Optional<ThreatEvent> event = uuid(ctx.pathParam("id"))
                .flatMap(id -> intel.event(reader, ctx.pathParam("dataset"), id));
        if (event.isEmpty()) {
            notFound(ctx, "No such event that you may read.");
            return;
        }
        ctx.html(templates.render("intel/event.jte", new EventView(event.get())));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void indicator(Context ctx, Principal reader) {
        Indicator indicator;
        try {
            indicator = IndicatorNormalizer.normalize(IndicatorType.parse(ctx.pathParam("type")),
                    ctx.pathParam("value"));
        } catch (IllegalArgumentException e) {
            notFound(ctx, e.getMessage());
            return;
        }
        PivotResult pivot = intel.pivot(reader, indicator, PIVOT_LIMIT);
        if (pivot.events().isEmpty()) {
            notFound(ctx, "No event that you may read holds " + indicator + ".");
            return;
        }
        ctx.html(templates.render("intel/indicator.jte", new IndicatorView(pivot)));
    }

    private void notFound(Context ctx, String reason) {
        ctx.status(404).html(templates.render("intel/missing.jte", reason));
    }

    private void timelapse(Context ctx, Principal reader) {
        String industry = Optional.ofNullable(ctx.queryParam("industry")).orElse("").strip();
        String data = "/intel/timelapse.json"
                + (industry.isEmpty() ? "" : "?industry=" + IntelLinks.query(industry));
        ctx.html(templates.render("intel/timelapse.jte", new TimelapseView(
                known(reader, AggregateDimension.TARGET_INDUSTRY), industry, data)));
    }

    /** Events per attacker per day: {@code {"series": [{"name", "points": [[day, n]]}]}}. */
    private void timelapseData(Context ctx, Principal reader) {
        String industry = Optional.ofNullable(ctx.queryParam("industry")).orElse("").strip();
        AggregateQuery query = AggregateQuery.counting(AggregateDimension.ATTACKER)
                .splitByDay();
        if (!industry.isEmpty()) {
            query = query.where(SearchTerm.of("targetIndustry", SearchOperator.EQUALS,
                    industry));
        }
        Map<String, List<List<Object>>> series = new LinkedHashMap<>();
        for (AggregateRow row : intel.aggregate(reader, query).rows()) {
            String attacker = row.value(AggregateDimension.ATTACKER);
            if (attacker.isBlank() || row.day().isEmpty()) {
                continue;
            }
            series.computeIfAbsent(attacker, name -> new ArrayList<>())
                    .add(List.of(row.day().get().toString(), row.count()));
        }
        List<Map<String, Object>> body = new ArrayList<>();
        series.forEach((name, points) -> {
            points.sort((a, b) -> ((String) a.get(0)).compareTo((String) b.get(0)));
            body.add(Map.of("name", name, "points", points));
        });
        ctx.json(Map.of("series", body));
    }
}
