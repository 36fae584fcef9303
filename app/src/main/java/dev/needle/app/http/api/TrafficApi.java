package dev.needle.app.http.api;

import dev.needle.app.json.Json;
import dev.needle.traffic.Bucket;
import dev.needle.traffic.TrafficField;
import dev.needle.traffic.TrafficQuery;
import dev.needle.traffic.TrafficService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The traffic endpoints under {@code /api/v1/traffic}: top lists, time series, findings and
 * totals over the rows that {@code where}, {@code since} and {@code until} select.
 */
public final class TrafficApi {

    /** Largest {@code n} of a top list. */
    static final int MAX_TOP = 1_000;

    /** Largest {@code n} of a split series: more lines than this make no readable chart. */
    static final int MAX_SPLIT = 50;

    private static final String BASE = "/api/v1/traffic";

    private final TrafficService traffic;

    /** Endpoints that answer from {@code traffic}. */
    public TrafficApi(TrafficService traffic) {
        this.traffic = traffic;
    }

    /** Declares the endpoints on {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.get(BASE + "/top", this::top);
        routes.get(BASE + "/series", this::series);
        routes.get(BASE + "/findings", this::findings);
        routes.get(BASE + "/summary", this::summary);
    }

    private void top(Context ctx) {
        TrafficParameters params = TrafficParameters.of(ctx, Set.of("field", "n"));
        TrafficField field = params.field("field", Optional.of(TrafficField.IP)).orElseThrow();
        int limit = params.limit("n", 10, MAX_TOP);
        TrafficQuery query = params.query();

        ctx.json(Json.topList(field, ask(params, () -> traffic.top(field, query, limit))));
    }

    private void series(Context ctx) {
        TrafficParameters params = TrafficParameters.of(ctx, Set.of("bucket", "split", "n"));
        Bucket bucket = params.bucket(Bucket.HOUR);
        Optional<TrafficField> split = params.field("split", Optional.empty());
        int limit = params.limit("n", 5, MAX_SPLIT);
        TrafficQuery query = params.query();

        ctx.json(new SeriesResponse(bucket.label(),
                ask(params, () -> traffic.series(bucket, split, query, limit))));
    }

    private void findings(Context ctx) {
        TrafficParameters params = TrafficParameters.of(ctx, Set.of());
        TrafficQuery query = params.query();

        ctx.json(ask(params, () -> traffic.findings(query)));
    }

    private void summary(Context ctx) {
        TrafficParameters params = TrafficParameters.of(ctx, Set.of());
        TrafficQuery query = params.query();

        ctx.json(ask(params, () -> traffic.summary(query)));
    }

    /**
     * Runs a service call. Every other parameter is checked before the call, so a rejected
     * argument is the filter expression: the service's message names its position.
     */
    private static <T> T ask(TrafficParameters params, Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            if (params.where().isEmpty()) {
                throw e;
            }
            throw ApiException.badParameter("where", params.where(), e.getMessage());
        }
    }
}
