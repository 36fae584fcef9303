package dev.needle.traffic.internal.findings;

import dev.needle.traffic.Finding;
import dev.needle.traffic.FindingKind;
import dev.needle.traffic.Severity;
import dev.needle.traffic.internal.store.Selection;
import dev.needle.traffic.TrafficStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds sources that ask for many paths the site does not have: at least
 * {@link #MIN_NOT_FOUND} responses 404 spread over at least {@link #MIN_DISTINCT_PATHS}
 * distinct paths. Only 404 counts; a scanner answered 403 or 200 by a catch-all route is not
 * seen here.
 *
 * <p>Severity follows the distinct paths missed: LOW below 100, MEDIUM from 100, HIGH from 1000,
 * CRITICAL from 10000 (a whole wordlist). It drops one step (not below LOW) when 404s are less
 * than half of the source's requests: a crawler on a site with dead links, more likely than a
 * wordlist run.
 */
final class ScanningDetector {

    /** 404s from one source below this are stale links and typos. */
    static final long MIN_NOT_FOUND = 20;
    /** A crawler following dead links misses a handful of paths; a wordlist misses dozens. */
    static final long MIN_DISTINCT_PATHS = 20;
    /** Distinct missed paths at which severity rises to MEDIUM, HIGH and CRITICAL. */
    static final long[] PATH_STEPS = {100, 1000, 10_000};
    /** Below this share of 404s among its requests, a source is mostly fetching real pages. */
    static final double MOSTLY_MISSES = 0.5;
    /** Sources ranked before severity is applied; more than the cap, fewer than all. */
    static final int CANDIDATES = 200;
    /** Top probed paths listed per finding. */
    static final int CONTRIBUTORS = 5;

    private static final String SQL = """
            WITH missed AS MATERIALIZED (
                SELECT ip_id, path_id, count(*) AS n, min(ts) AS first, max(ts) AS last
                FROM requests WHERE (%s) AND status = 404 GROUP BY ip_id, path_id),
            sources AS (
                SELECT ip_id, sum(n)::BIGINT AS not_found, count(*) AS paths,
                       min(first) AS first, max(last) AS last
                FROM missed GROUP BY ip_id
                HAVING sum(n) >= ? AND count(*) >= ?
                ORDER BY paths DESC, not_found DESC, ip_id LIMIT ?),
            totals AS (
                SELECT ip_id, count(*) AS n FROM requests
                WHERE (%s) AND ip_id IN (SELECT ip_id FROM sources) GROUP BY ip_id),
            ranked AS (
                SELECT m.ip_id, t.value, m.n,
                       row_number() OVER (PARTITION BY m.ip_id ORDER BY m.n DESC, t.value)
                           AS rank
                FROM missed m JOIN texts t ON t.id = m.path_id
                WHERE m.ip_id IN (SELECT ip_id FROM sources))
            SELECT s.ip_id, i.ip, s.not_found, s.paths, t.n, s.first, s.last, r.value, r.n
            FROM sources s
            JOIN totals t ON t.ip_id = s.ip_id
            JOIN ips i ON i.id = s.ip_id
            JOIN ranked r ON r.ip_id = s.ip_id AND r.rank <= ?
            ORDER BY s.paths DESC, i.ip, r.rank
            """;

    private final Connection connection;

    ScanningDetector(Connection connection) {
        this.connection = connection;
    }

    /** Scanning in the selected rows, at most {@code limit} findings, most urgent first. */
    List<Detected> detect(Selection selection, int limit) {
        String sql = SQL.formatted(selection.sql(), selection.sql());
        Map<Integer, Scanner> scanners = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int next = selection.bind(ps, 1);
            ps.setLong(next++, MIN_NOT_FOUND);
            ps.setLong(next++, MIN_DISTINCT_PATHS);
            ps.setInt(next++, CANDIDATES);
            next = selection.bind(ps, next);
            ps.setInt(next, CONTRIBUTORS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Scanner scanner = scanners.get(rs.getInt(1));
                    if (scanner == null) {
                        scanner = read(rs);
                        scanners.put(rs.getInt(1), scanner);
                    }
                    scanner.probed().add(
                            new Finding.Contributor("path", rs.getString(8), rs.getLong(9)));
                }
            }
        } catch (SQLException e) {
            throw TrafficStoreException.failed("scanning detection", e);
        }
        return scanners.values().stream()
                .map(ScanningDetector::toFinding)
                .sorted(Detected.MOST_URGENT)
                .limit(limit)
                .toList();
    }

    /** One source over the thresholds, as the query returns it. */
    private record Scanner(String ip, long notFound, long paths, long requests, Instant first,
            Instant last, List<Finding.Contributor> probed) {

        double missShare() {
            return requests == 0 ? 0 : (double) notFound / requests;
        }
    }

    private static Scanner read(ResultSet rs) throws SQLException {
        return new Scanner(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                Timestamps.read(rs, 6), Timestamps.read(rs, 7), new ArrayList<>());
    }

    private static Detected toFinding(Scanner s) {
        String summary = String.format(Locale.ROOT, "IP %s was answered 404 for %d distinct"
                + " paths (%d of its %d requests) between %s and %s.", Excerpt.of(s.ip()),
                s.paths(), s.notFound(), s.requests(), Timestamps.show(s.first()),
                Timestamps.show(s.last()));
        Map<String, Double> metrics = Map.of(
                "requests", (double) s.requests(),
                "not_found", (double) s.notFound(),
                "distinct_paths", (double) s.paths(),
                "not_found_share", s.missShare());
        Finding finding = new Finding(FindingKind.SCANNING, severity(s), s.first(),
                Timestamps.endAfter(s.last()), "ip", s.ip(), summary, metrics, s.probed());
        return new Detected(finding, s.paths());
    }

    private static Severity severity(Scanner s) {
        int level = 0;
        for (long step : PATH_STEPS) {
            if (s.paths() >= step) {
                level++;
            }
        }
        if (s.missShare() < MOSTLY_MISSES && level > 0) {
            level--;
        }
        return Severity.values()[level];
    }
}
