package dev.needle.app.http.api;

import dev.needle.app.http.auth.Authenticator;
import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.intel.service.IndicatorMatch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.MatchReport;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import dev.needle.traffic.TopEntry;
import dev.needle.traffic.TrafficField;
import dev.needle.traffic.TrafficService;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api/v1/traffic/intel-matches}: which client IPs of the selected traffic intel
 * knows, with their request counts and matches. It needs a read token, since it reveals intel;
 * it looks at the {@code n} busiest client IPs only (by default {@value #DEFAULT_IPS}).
 */
public final class TrafficIntelApi {

    /** How many of the busiest client IPs are checked when {@code n} is not given. */
    static final int DEFAULT_IPS = 10_000;

    /** The most client IPs one request checks. */
    static final int MAX_IPS = 100_000;

    private final TrafficService traffic;
    private final IntelService intel;
    private final Authenticator auth;

    /** The endpoint over {@code traffic} and {@code intel}. */
    public TrafficIntelApi(TrafficService traffic, IntelService intel, Authenticator auth) {
        this.traffic = traffic;
        this.intel = intel;
        this.auth = auth;
    }

    /** Declares the endpoint on {@code routes}. */
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/traffic/intel-matches", this::matches);
    }

    private void matches(Context ctx) {
        Principal reader = auth.require(ctx, Scope.READ);
        TrafficParameters params = TrafficParameters.of(ctx, Set.of("n"));
        int limit = params.limit("n", DEFAULT_IPS, MAX_IPS);
        List<TopEntry> ips = traffic.top(TrafficField.IP, params.query(), limit);

        Map<Indicator, Long> requests = new LinkedHashMap<>();
        for (TopEntry entry : ips) {
            IndicatorNormalizer.detect(entry.value())
                    .ifPresent(ip -> requests.merge(ip, entry.count(), Long::sum));
        }
        MatchReport report = intel.match(reader, List.copyOf(requests.keySet()));

        List<Map<String, Object>> known = new ArrayList<>();
        for (IndicatorMatch match : report.matches()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ip", match.indicator().value());
            entry.put("requests", Optional.ofNullable(requests.get(match.indicator())).orElse(0L));
            entry.put("score", match.score());
            entry.put("expired", match.expired());
            entry.put("matches", match.events());
            known.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checked", ips.size());
        body.put("matches", known);
        ctx.json(body);
    }
}
