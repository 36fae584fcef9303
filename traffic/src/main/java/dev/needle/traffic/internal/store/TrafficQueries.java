package dev.needle.traffic.internal.store;

import dev.needle.traffic.TrafficStoreException;
import dev.needle.traffic.Bucket;
import dev.needle.traffic.Series;
import dev.needle.traffic.TopEntry;
import dev.needle.traffic.TrafficField;
import dev.needle.traffic.TrafficQuery;
import dev.needle.traffic.TrafficSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Top lists, time series and totals over the {@code requests} table. */
public final class TrafficQueries {

    private final Connection connection;

    public TrafficQueries(Connection connection) {
        this.connection = connection;
    }

    /** The most frequent values of {@code field}, most first, ties broken by value. */
    public List<TopEntry> top(TrafficField field, TrafficQuery query, int limit) {
        requirePositive(limit, "limit");
        Selection where = Selection.of(query);
        FieldColumns f = FieldColumns.of(field);
        String sql;
        if (f.inFacts()) {
            sql = "SELECT CAST(" + f.valueColumn() + " AS VARCHAR) v, count(*) c FROM requests"
                    + " WHERE " + where.sql() + " GROUP BY " + f.valueColumn()
                    + " ORDER BY c DESC, " + f.valueColumn() + " LIMIT ?";
        } else {
            sql = "SELECT CAST(d." + f.valueColumn() + " AS VARCHAR) v, sum(a.c)::BIGINT c FROM"
                    + " (SELECT " + f.idColumn() + " id, count(*) c FROM requests WHERE "
                    + where.sql() + " GROUP BY 1) a JOIN " + f.table() + " d ON d.id = a.id"
                    + " GROUP BY d." + f.valueColumn() + " ORDER BY c DESC, d."
                    + f.valueColumn() + " LIMIT ?";
        }
        List<TopEntry> top = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setInt(where.bind(ps, 1), limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    top.add(new TopEntry(rs.getString(1), rs.getLong(2)));
                }
            }
        } catch (SQLException e) {
            throw TrafficStoreException.failed("top " + field.label(), e);
        }
        return top;
    }

    /** Counts per bucket, one series per top value of {@code splitBy} or one in all. */
    public List<Series> series(Bucket bucket, Optional<TrafficField> splitBy, TrafficQuery query,
            int splitLimit) {
        requirePositive(splitLimit, "split limit");
        Selection where = Selection.of(query);
        String truncated = "date_trunc('" + unit(bucket) + "', ts)";
        String sql;
        if (splitBy.isEmpty()) {
            sql = "SELECT " + truncated + " b, 'total' k, count(*) c FROM requests WHERE "
                    + where.sql() + " GROUP BY b ORDER BY b";
        } else {
            sql = "WITH named AS (" + namedBuckets(FieldColumns.of(splitBy.get()), truncated,
                    where) + "), keys AS (SELECT k, sum(c) n FROM named GROUP BY k"
                    + " ORDER BY n DESC, k LIMIT ?)"
                    + " SELECT named.b, named.k, named.c FROM named JOIN keys ON named.k = keys.k"
                    + " ORDER BY keys.n DESC, named.k, named.b";
        }
        Map<String, List<Series.Point>> byKey = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int next = where.bind(ps, 1);
            if (splitBy.isPresent()) {
                ps.setInt(next, splitLimit);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant time = rs.getObject(1, java.time.LocalDateTime.class)
                            .toInstant(ZoneOffset.UTC);
                    byKey.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new Series.Point(time, rs.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw TrafficStoreException.failed("series", e);
        }
        List<Series> series = new ArrayList<>();
        byKey.forEach((key, points) -> series.add(new Series(key, points)));
        return series;
    }

    /** Counts per (bucket, value): grouped by id first, then named through the dimension. */
    private static String namedBuckets(FieldColumns f, String truncated, Selection where) {
        if (f.inFacts()) {
            return "SELECT " + truncated + " b, CAST(" + f.valueColumn() + " AS VARCHAR) k,"
                    + " count(*) c FROM requests WHERE " + where.sql() + " GROUP BY 1, 2";
        }
        return "SELECT a.b, CAST(d." + f.valueColumn() + " AS VARCHAR) k, sum(a.c)::BIGINT c"
                + " FROM (SELECT " + truncated + " b, " + f.idColumn() + " id, count(*) c"
                + " FROM requests WHERE " + where.sql() + " GROUP BY 1, 2) a JOIN " + f.table()
                + " d ON d.id = a.id GROUP BY 1, 2";
    }

    /** Totals over the selected rows. */
    public TrafficSummary summary(TrafficQuery query) {
        Selection where = Selection.of(query);
        String sql = "SELECT count(*), count(DISTINCT ip_id),"
                + " count(*) FILTER (WHERE status >= 400),"
                + " min(ts), max(ts) FROM requests WHERE " + where.sql();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new TrafficSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)));
            }
        } catch (SQLException e) {
            throw TrafficStoreException.failed("summary", e);
        }
    }

    /** How many rows a query selects. */
    public long count(TrafficQuery query) {
        Selection where = Selection.of(query);
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT count(*) FROM requests WHERE " + where.sql())) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw TrafficStoreException.failed("count", e);
        }
    }

    /** The newest row's time. */
    public Optional<Instant> newest() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT max(ts) FROM requests");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return instant(rs.getTimestamp(1));
        } catch (SQLException e) {
            throw TrafficStoreException.failed("newest", e);
        }
    }

    private static Optional<Instant> instant(Timestamp ts) {
        return ts == null ? Optional.empty()
                : Optional.of(ts.toLocalDateTime().toInstant(ZoneOffset.UTC));
    }

    private static String unit(Bucket bucket) {
        return switch (bucket) {
            case MINUTE -> "minute";
            case HOUR -> "hour";
            case DAY -> "day";
        };
    }

    private static void requirePositive(int value, String what) {
        if (value < 1 || value > 100_000) {
            throw new IllegalArgumentException(what + " " + value + " must be 1 to 100000");
        }
    }
}
