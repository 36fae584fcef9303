package dev.needle.app.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.app.http.auth.Authenticator;
import dev.needle.app.json.Json;
import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.DatasetSpec;
import dev.needle.intel.service.EventGraph;
import dev.needle.intel.service.EventPage;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.GraphSeed;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import dev.needle.intel.service.Sharing;
import dev.needle.intel.service.SortOrder;
import dev.needle.intel.service.Visibility;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The intel endpoints under {@code /api/v1}: datasets, event search and lookup, aggregates,
 * pivots, the event graph and bulk indicator matching. Every call needs an API token; reads need
 * the read scope, creating a dataset the admin scope. Access to datasets is checked by the
 * intel service, which answers for a dataset the caller cannot read exactly as for one that
 * does not exist.
 */
public final class IntelApi {

    /** The most raw values one match request takes. */
    static final int MAX_MATCH_VALUES = 10_000;

    private static final Set<String> SEARCH = Set.of("dataset", "search", "q");

    private final IntelService intel;
    private final Authenticator auth;

    /** Endpoints that answer from {@code intel} for callers {@code auth} recognises. */
    public IntelApi(IntelService intel, Authenticator auth) {
        this.intel = intel;
        this.auth = auth;
    }

    /** Declares the endpoints on {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/datasets", this::datasets);
        routes.post("/api/v1/datasets", this::createDataset);
        routes.get("/api/v1/events", this::events);
        routes.get("/api/v1/datasets/{dataset}/events/{id}", this::event);
        routes.get("/api/v1/events/aggregate", this::aggregate);
        routes.get("/api/v1/indicators/{type}/{value}/pivot", this::pivot);
        routes.get("/api/v1/graph", this::graph);
        routes.post("/api/v1/indicators/match", this::match);
    }

    private void datasets(Context ctx) {
        Principal reader = auth.require(ctx, Scope.READ);
        IntelParameters.of(ctx, Set.of());

        ctx.json(Map.of("datasets", intel.listDatasets(reader)));
    }

    private void createDataset(Context ctx) {
        Principal admin = auth.require(ctx, Scope.ADMIN);
        JsonNode body = jsonBody(ctx);
        String name = body.path("name").asText("");
        Visibility visibility = Visibility.parse(body.path("visibility").asText("private"));
        List<String> partners = new ArrayList<>();
        body.path("partners").forEach(partner -> partners.add(partner.asText()));
        Sharing sharing = switch (visibility) {
            case PRIVATE -> Sharing.privately();
            case SHARED -> Sharing.withPartners(partners.toArray(String[]::new));
            case PUBLIC -> Sharing.publicly();
        };

        ctx.status(201).json(intel.createDataset(admin, DatasetSpec.named(name)
                .withSharing(sharing)));
    }

    private void events(Context ctx) {
        Principal reader = auth.require(ctx, Scope.READ);
        EventSearch search = search(ctx, Set.of());

        EventPage page = intel.searchEvents(reader, search);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", page.events());
        body.put("cursor", page.nextCursor().orElse(null));
        body.put("completeness", page.completeness());
        ctx.json(body);
    }

    /**
     * The search a request asks for, accepting {@code extra} parameters besides the search's;
     * a cursor alone continues the search it came from.
     */
    static EventSearch search(Context ctx, Set<String> extra) {
        Set<String> known = new HashSet<>(SEARCH);
        known.addAll(Set.of("orderBy", "order", "pageSize", "cursor"));
        known.addAll(extra);
        IntelParameters params = IntelParameters.of(ctx, known);
        Optional<String> cursor = params.text("cursor");
        if (cursor.isPresent()) {
            try {
                return EventSearch.fromCursor(cursor.get().strip());
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("cursor", cursor.get(), e.getMessage());
            }
        }
        SortOrder order = params.text("order").map(IntelApi::order).orElse(SortOrder.DESC);
        return new EventSearch(params.scope(), params.terms(), params.text("q").orElse(""),
                params.text("orderBy").orElse("date"), order,
                params.count("pageSize", EventSearch.DEFAULT_PAGE_SIZE,
                        EventSearch.MAX_PAGE_SIZE), Optional.empty());
    }

    private static SortOrder order(String text) {
        try {
            return SortOrder.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("order", text, e.getMessage());
        }
    }

    private void event(Context ctx) {
        Principal reader = auth.require(ctx, Scope.READ);
        IntelParameters.of(ctx, Set.of());
        String dataset = ctx.pathParam("dataset");
        UUID id = uuid(ctx.pathParam("id"));

        ctx.json(intel.event(reader, dataset, id)
                .orElseThrow(() -> ApiException.unknown("event " + id + " in dataset '"
                        + dataset + "'")));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.unknown("event '" + text + "'");
        }
    }

    private void aggregate(Context ctx) {
        Principal reader = auth.require(ctx, Scope.READ);
        Set<String> known = new HashSet<>(SEARCH);
        known.addAll(Set.of("by", "perDay", "limit"));
        IntelParameters params = IntelParameters.of(ctx, known);
        List<AggregateDimension> by = new ArrayList<>();
        for (String name : params.text("by").orElse("").split(",")) {
            if (!name.isBlank()) {
                by.add(dimension(name.strip(), params.text("by").orElse("")));
            }
        }

        ctx.json(intel.aggregate(reader, new AggregateQuery(params.scope(), by,
                params.flag("perDay", false), params.terms(), params.text("q").orElse(""),
                params.count("limit", 10_000, AggregateQuery.MAX_LIMIT))));
    }

    private static AggregateDimension dimension(String name, String sent) {
        try {
            return AggregateDimension.parse(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("by", sent, e.getMessage());
        }
    }

    private void pivot(Context ctx) {
        Principal reader = auth.require(ctx, Scope.READ);
        IntelParameters params = IntelParameters.of(ctx, Set.of("limit"));
        Indicator indicator = indicator(ctx.pathParam("type"), ctx.pathParam("value"));

        ctx.json(intel.pivot(reader, indicator, params.count("limit", 100, 1000)));
    }

    private static Indicator indicator(String type, String value) {
        try {
            return IndicatorNormalizer.normalize(IndicatorType.parse(type), value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("indicator", type + ":" + value, e.getMessage());
        }
    }

    private void graph(Context ctx) {
        Principal reader = auth.require(ctx, Scope.READ);
        IntelParameters params = IntelParameters.of(ctx, Set.of("seed", "maxNodes"));
        GraphSeed seed = seed(params.required("seed"));
        int maxNodes = params.count("maxNodes", 100, EventGraph.MAX_NODES);

        ctx.json(intel.graph(reader, seed, maxNodes));
    }

    private static GraphSeed seed(String text) {
        String[] parts = text.split(":", 2);
        try {
            if (parts.length == 2) {
                switch (parts[0]) {
                    case "event":
                        return GraphSeed.event(UUID.fromString(parts[1]));
                    case "attacker":
                        return GraphSeed.attacker(parts[1]);
                    case "technique":
                        return GraphSeed.technique(parts[1]);
                    case "indicator":
                        String[] typed = parts[1].split(":", 2);
                        if (typed.length == 2) {
                            return GraphSeed.indicator(indicator(typed[0], typed[1]));
                        }
                        break;
                    default:
                        break;
                }
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("seed", text, e.getMessage());
        }
        throw ApiException.badParameter("seed", text, "expected event:<id>,"
                + " indicator:<type>:<value>, attacker:<name> or technique:<id>");
    }

    private void match(Context ctx) {
        Principal reader = auth.require(ctx, Scope.READ);
        JsonNode body = jsonBody(ctx);
        if (!body.isArray() || body.size() > MAX_MATCH_VALUES) {
            throw ApiException.badBody("body", "expected a JSON array of at most "
                    + MAX_MATCH_VALUES + " indicator values");
        }
        List<String> raw = new ArrayList<>();
        body.forEach(value -> raw.add(value.asText()));

        ctx.json(IndicatorLookup.answer(raw, intel, reader));
    }

    /** The request body parsed as JSON; a 400 naming the position when it is not JSON. */
    static JsonNode jsonBody(Context ctx) {
        try {
            return Json.MAPPER.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            String first = e.getMessage().lines().findFirst().orElse("");
            throw ApiException.badBody("body", "not JSON: " + first);
        }
    }
}
