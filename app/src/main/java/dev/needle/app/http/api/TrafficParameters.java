package dev.needle.app.http.api;

import dev.needle.traffic.Bucket;
import dev.needle.traffic.TrafficField;
import dev.needle.traffic.TrafficQuery;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of the traffic endpoints, read strictly: an unknown or repeated parameter
 * and a bad value are each a 400 that names the parameter and the value.
 */
final class TrafficParameters {

    /** The parameters that select rows, accepted by every traffic endpoint. */
    static final Set<String> SELECTION = Set.of("where", "since", "until");

    private final Context ctx;

    private TrafficParameters(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameters of {@code ctx}, refusing any not in {@code SELECTION} or {@code more}. */
    static TrafficParameters of(Context ctx, Set<String> more) {
        Map<String, List<String>> sent = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> entry : sent.entrySet()) {
            String name = entry.getKey();
            if (!SELECTION.contains(name) && !more.contains(name)) {
                Set<String> known = new TreeSet<>(SELECTION);
                known.addAll(more);
                throw ApiException.badParameter(name, String.join(",", entry.getValue()),
                        "unknown parameter; expected one of " + known);
            }
            if (entry.getValue().size() > 1) {
                throw ApiException.badParameter(name, String.join(",", entry.getValue()),
                        "given " + entry.getValue().size() + " times; give it once");
            }
        }
        return new TrafficParameters(ctx);
    }

    /** The rows the request selects: {@code where}, {@code since} and {@code until}. */
    TrafficQuery query() {
        Optional<Instant> since = text("since").map(t -> TimeParameter.parse("since", t));
        Optional<Instant> until = text("until").map(t -> TimeParameter.parse("until", t));
        if (since.isPresent() && until.isPresent() && !since.get().isBefore(until.get())) {
            throw ApiException.badParameter("until", ctx.queryParam("until"),
                    "must be after since (" + since.get() + ")");
        }
        return new TrafficQuery(where(), since, until);
    }

    /** The filter expression, empty when none was given. */
    String where() {
        return text("where").orElse("");
    }

    /** A traffic field by name, or {@code fallback} when the parameter is absent. */
    Optional<TrafficField> field(String name, Optional<TrafficField> fallback) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Optional.of(TrafficField.parse(text.get()));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name, text.get(), e.getMessage());
        }
    }

    /** A count from 1 to {@code max}, or {@code fallback} when the parameter is absent. */
    int limit(String name, int fallback, int max) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.get().strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, text.get(), "expected a whole number");
        }
        if (value < 1 || value > max) {
            throw ApiException.badParameter(name, text.get(), "must be 1 to " + max);
        }
        return value;
    }

    /** The series bucket width, {@code fallback} when absent. */
    Bucket bucket(Bucket fallback) {
        Optional<String> text = text("bucket");
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Bucket.parse(text.get().strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("bucket", text.get(), e.getMessage());
        }
    }

    /** A parameter's value; empty when absent or blank. */
    private Optional<String> text(String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(t -> !t.isBlank());
    }
}
