package dev.needle.traffic.internal.store;

import dev.needle.traffic.TrafficQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL condition that selects a query's rows, with its parameters in order. Values never
 * enter the SQL text: the filter compiler emits placeholders.
 */
public record Selection(String sql, List<Object> params) {

    public Selection {
        params = List.copyOf(params);
    }

    /** The condition for {@code query}; the filter expression is parsed here. */
    public static Selection of(TrafficQuery query) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        query.since().ifPresent(since -> {
            parts.add("ts >= ?");
            params.add(utc(since));
        });
        query.until().ifPresent(until -> {
            parts.add("ts < ?");
            params.add(utc(until));
        });
        if (!query.where().isEmpty()) {
            FilterSql compiled = FilterSql.compile(query.where());
            parts.add("(" + compiled.sql() + ")");
            params.addAll(compiled.params());
        }
        return new Selection(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), params);
    }

    /** Binds the parameters to {@code ps} from position {@code first}; returns the next one. */
    public int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object param : params) {
            ps.setObject(i++, param);
        }
        return i;
    }

    /** A UTC instant as the TIMESTAMP value the {@code ts} column holds. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
