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
 * Finds login-like paths (see {@link LoginPaths}) that receive many login attempts.
 *
 * <p>An attempt is a POST to the path or a response 401 or 403 from it. A path is reported when
 * it drew at least {@link #MIN_ATTEMPTS} attempts and either one source made at least
 * {@link #MIN_SOURCE_ATTEMPTS} of them or most of them came from <em>focused</em> sources:
 * addresses that spent at least {@link #FOCUS_SHARE} of all their requests in the selection on
 * login-like paths. People load pages and assets around a login; a form-filling bot does not,
 * which is how a campaign spread over hundreds of addresses, each trying only a few times, is
 * still told apart from a busy login page. GET requests that only probe for a login page (often
 * answered 404) are not attempts: they are scanning, not guessing.
 *
 * <p>Severity adds points for volume (100 and 1000 attempts), for the heaviest source (20 and
 * 200 attempts) and for a focused majority; 0–1 points is LOW, 2 MEDIUM, 3 HIGH, 4 or more
 * CRITICAL. A busy login page used by people gets at most MEDIUM from volume alone.
 */
final class BruteForceDetector {

    /** Below this, a path's attempts fit a few people mistyping a password. */
    static final long MIN_ATTEMPTS = 20;
    /** A person retries two or three times, then resets; five tries from one source is a tool. */
    static final long MIN_SOURCE_ATTEMPTS = 5;
    /** A source this much about login-like paths is not browsing the site. */
    static final double FOCUS_SHARE = 0.8;
    /** Share of attempts from focused sources that marks a campaign of many small sources. */
    static final double FOCUSED_MAJORITY = 0.5;
    /** Attempts that add a severity point each: a steady campaign, then a heavy one. */
    static final long[] VOLUME_STEPS = {100, 1000};
    /** Attempts of the heaviest source that add a severity point each. */
    static final long[] HEAVIEST_STEPS = {20, 200};
    /** Top sources listed per finding. */
    static final int CONTRIBUTORS = 5;

    private static final String SQL = """
            WITH login AS (
                SELECT id FROM texts WHERE regexp_matches(value, ?, 'i')),
            picked AS MATERIALIZED (
                SELECT ts, ip_id, ctx_id, path_id, status FROM requests
                WHERE (%s) AND path_id IN (SELECT id FROM login)),
            marked AS (
                SELECT p.ts, p.ip_id, p.path_id, upper(c.method) = 'POST' AS post,
                       p.status IN (401, 403) AS refused
                FROM picked p JOIN contexts c ON c.id = p.ctx_id),
            pairs AS MATERIALIZED (
                SELECT path_id, ip_id, count(*) AS requests,
                       count(*) FILTER (WHERE post) AS posts,
                       count(*) FILTER (WHERE refused) AS refused,
                       count(*) FILTER (WHERE post OR refused) AS attempts,
                       min(ts) FILTER (WHERE post OR refused) AS first,
                       max(ts) FILTER (WHERE post OR refused) AS last
                FROM marked GROUP BY path_id, ip_id),
            on_login AS (
                SELECT ip_id, count(*) AS n FROM picked GROUP BY ip_id),
            everywhere AS (
                SELECT ip_id, count(*) AS n FROM requests
                WHERE (%s) AND ip_id IN (SELECT ip_id FROM on_login) GROUP BY ip_id),
            focused AS (
                SELECT o.ip_id FROM on_login o JOIN everywhere e ON e.ip_id = o.ip_id
                WHERE o.n >= ? * e.n),
            paths AS (
                SELECT p.path_id, sum(p.requests)::BIGINT AS requests,
                       sum(p.posts)::BIGINT AS posts, sum(p.refused)::BIGINT AS refused,
                       sum(p.attempts)::BIGINT AS attempts,
                       count(*) FILTER (WHERE p.attempts > 0) AS sources,
                       max(p.attempts) AS heaviest,
                       coalesce(sum(p.attempts) FILTER (WHERE f.ip_id IS NOT NULL), 0)::BIGINT
                           AS focused_attempts,
                       min(p.first) AS first, max(p.last) AS last
                FROM pairs p LEFT JOIN focused f ON f.ip_id = p.ip_id
                GROUP BY p.path_id),
            flagged AS (
                SELECT * FROM paths
                WHERE attempts >= ? AND (heaviest >= ? OR focused_attempts >= ? * attempts)),
            ranked AS (
                SELECT p.path_id, i.ip, p.attempts,
                       row_number() OVER (PARTITION BY p.path_id
                                          ORDER BY p.attempts DESC, i.ip) AS rank
                FROM pairs p JOIN ips i ON i.id = p.ip_id
                WHERE p.attempts > 0 AND p.path_id IN (SELECT path_id FROM flagged))
            SELECT f.path_id, t.value, f.requests, f.posts, f.refused, f.attempts, f.sources,
                   f.heaviest, f.focused_attempts, f.first, f.last, r.ip, r.attempts
            FROM flagged f
            JOIN texts t ON t.id = f.path_id
            JOIN ranked r ON r.path_id = f.path_id AND r.rank <= ?
            ORDER BY f.attempts DESC, t.value, r.rank
            """;

    private final Connection connection;

    BruteForceDetector(Connection connection) {
        this.connection = connection;
    }

    /** Brute force on the selected rows, at most {@code limit} findings, most urgent first. */
    List<Detected> detect(Selection selection, int limit) {
        String sql = SQL.formatted(selection.sql(), selection.sql());
        Map<Integer, Target> targets = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int next = 1;
            ps.setString(next++, LoginPaths.REGEX);
            next = selection.bind(ps, next);
            next = selection.bind(ps, next);
            ps.setDouble(next++, FOCUS_SHARE);
            ps.setLong(next++, MIN_ATTEMPTS);
            ps.setLong(next++, MIN_SOURCE_ATTEMPTS);
            ps.setDouble(next++, FOCUSED_MAJORITY);
            ps.setInt(next, CONTRIBUTORS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Target target = targets.get(rs.getInt(1));
                    if (target == null) {
                        target = read(rs);
                        targets.put(rs.getInt(1), target);
                    }
                    target.contributors().add(
                            new Finding.Contributor("ip", rs.getString(12), rs.getLong(13)));
                }
            }
        } catch (SQLException e) {
            throw TrafficStoreException.failed("brute-force detection", e);
        }
        return targets.values().stream()
                .map(BruteForceDetector::toFinding)
                .sorted(Detected.MOST_URGENT)
                .limit(limit)
                .toList();
    }

    /** One flagged path as the query returns it. */
    private record Target(String path, long requests, long posts, long refused, long attempts,
            long sources, long heaviest, long focusedAttempts, Instant first, Instant last,
            List<Finding.Contributor> contributors) {

        double focusedShare() {
            return attempts == 0 ? 0 : (double) focusedAttempts / attempts;
        }
    }

    private static Target read(ResultSet rs) throws SQLException {
        return new Target(rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                Timestamps.read(rs, 10), Timestamps.read(rs, 11), new ArrayList<>());
    }

    private static Detected toFinding(Target t) {
        Severity severity = severity(t);
        String summary = String.format(Locale.ROOT, "%d login attempts (POSTs or 401/403"
                + " responses) on %s from %d IPs between %s and %s; the busiest IP made %d.",
                t.attempts(), Excerpt.of(t.path()), t.sources(), Timestamps.show(t.first()),
                Timestamps.show(t.last()), t.heaviest());
        Map<String, Double> metrics = Map.of(
                "requests", (double) t.requests(),
                "posts", (double) t.posts(),
                "auth_failures", (double) t.refused(),
                "attempts", (double) t.attempts(),
                "distinct_ips", (double) t.sources(),
                "top_ip_attempts", (double) t.heaviest(),
                "focused_share", t.focusedShare());
        Finding finding = new Finding(FindingKind.BRUTE_FORCE, severity, t.first(),
                Timestamps.endAfter(t.last()), "path", t.path(), summary, metrics,
                t.contributors());
        return new Detected(finding, t.attempts());
    }

    private static Severity severity(Target t) {
        int points = steps(t.attempts(), VOLUME_STEPS) + steps(t.heaviest(), HEAVIEST_STEPS)
                + (t.focusedShare() >= FOCUSED_MAJORITY ? 1 : 0);
        return switch (points) {
            case 0, 1 -> Severity.LOW;
            case 2 -> Severity.MEDIUM;
            case 3 -> Severity.HIGH;
            default -> Severity.CRITICAL;
        };
    }

    private static int steps(long value, long[] thresholds) {
        int passed = 0;
        for (long threshold : thresholds) {
            if (value >= threshold) {
                passed++;
            }
        }
        return passed;
    }
}
