package dev.needle.app.http.api;

import dev.needle.intel.service.DatasetScope;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of the intel endpoints, read strictly: an unknown parameter, a repeated
 * one that may appear once and a bad value are each a 400 naming the parameter and the value.
 * Only {@code dataset} and {@code search} may be repeated.
 */
final class IntelParameters {

    private static final Set<String> REPEATABLE = Set.of("dataset", "search");

    private final Context ctx;

    private IntelParameters(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameters of {@code ctx}, refusing any not in {@code known}. */
    static IntelParameters of(Context ctx, Set<String> known) {
        for (Map.Entry<String, List<String>> entry : ctx.queryParamMap().entrySet()) {
            String name = entry.getKey();
            if (!known.contains(name)) {
                throw ApiException.badParameter(name, String.join(",", entry.getValue()),
                        "unknown parameter; expected one of " + new TreeSet<>(known));
            }
            if (entry.getValue().size() > 1 && !REPEATABLE.contains(name)) {
                throw ApiException.badParameter(name, String.join(",", entry.getValue()),
                        "given " + entry.getValue().size() + " times; give it once");
            }
        }
        return new IntelParameters(ctx);
    }

    /** The datasets named by {@code dataset} (repeatable, or {@code all}); all when absent. */
    DatasetScope scope() {
        List<String> names = ctx.queryParams("dataset").stream().map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        if (names.isEmpty() || names.contains("all")) {
            return DatasetScope.everything();
        }
        return DatasetScope.of(names.toArray(String[]::new));
    }

    /** The {@code search} terms, each {@code field:operator:value}; {@code in} splits at commas. */
    List<SearchTerm> terms() {
        List<SearchTerm> terms = new ArrayList<>();
        for (String text : ctx.queryParams("search")) {
            terms.add(term(text));
        }
        return terms;
    }

    private static SearchTerm term(String text) {
        String[] parts = text.split(":", 3);
        if (parts.length < 3 || parts[0].isBlank()) {
            throw ApiException.badParameter("search", text,
                    "expected field:operator:value, such as attacker:equals:APT28");
        }
        try {
            SearchOperator operator = SearchOperator.parse(parts[1]);
            if (operator == SearchOperator.IN) {
                return SearchTerm.in(parts[0].strip(), Arrays.asList(parts[2].split(",", -1)));
            }
            return SearchTerm.of(parts[0].strip(), operator, parts[2]);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("search", text, e.getMessage());
        }
    }

    /** A parameter's value; empty when absent or blank. */
    Optional<String> text(String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(t -> !t.isBlank());
    }

    /** A whole number from 1 to {@code max}, or {@code fallback} when absent. */
    int count(String name, int fallback, int max) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, text.get(), "expected a whole number");
        }
        throw ApiException.badParameter(name, text.get(), "must be 1 to " + max);
    }

    /** {@code true} or {@code false}, or {@code fallback} when absent. */
    boolean flag(String name, boolean fallback) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        return switch (text.get().strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badParameter(name, text.get(), "expected true or false");
        };
    }

    /** A required parameter's value. */
    String required(String name) {
        return text(name).orElseThrow(() -> ApiException.badParameter(name, "",
                "required parameter is missing"));
    }
}
