package dev.needle.app.http.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * What the traffic page shows, as its URL carries it: filter clauses (each a repeated
 * {@code where} parameter, shown as a removable chip, all of which must hold) and the time
 * bounds {@code since} and {@code until} as typed.
 */
public record PageFilter(List<String> clauses, Optional<String> since, Optional<String> until) {

    public PageFilter {
        clauses = List.copyOf(new LinkedHashSet<>(clauses.stream()
                .map(String::strip).filter(c -> !c.isEmpty()).toList()));
        since = since.map(String::strip).filter(s -> !s.isEmpty());
        until = until.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The filter expression for the traffic service; empty when there are no clauses. */
    public String where() {
        return clauses.isEmpty() ? "" : WhereClause.allOf(clauses);
    }

    /** This filter with one more clause. */
    public PageFilter with(String clause) {
        List<String> more = new ArrayList<>(clauses);
        more.add(clause);
        return new PageFilter(more, since, until);
    }

    /** This filter without the clause at {@code index}. */
    public PageFilter without(int index) {
        List<String> fewer = new ArrayList<>(clauses);
        fewer.remove(index);
        return new PageFilter(fewer, since, until);
    }

    /** The page URL that shows this filter. */
    public String href() {
        List<String> params = new ArrayList<>();
        clauses.forEach(c -> params.add(param("where", c)));
        since.ifPresent(s -> params.add(param("since", s)));
        until.ifPresent(u -> params.add(param("until", u)));
        return params.isEmpty() ? "/" : "/?" + String.join("&", params);
    }

    /** The API query string that selects the same rows, starting with {@code &} if not empty. */
    public String apiParams() {
        StringBuilder query = new StringBuilder();
        if (!clauses.isEmpty()) {
            query.append('&').append(param("where", where()));
        }
        since.ifPresent(s -> query.append('&').append(param("since", s)));
        until.ifPresent(u -> query.append('&').append(param("until", u)));
        return query.toString();
    }

    private static String param(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
