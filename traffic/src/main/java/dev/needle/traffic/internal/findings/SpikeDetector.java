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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds buckets in which a path, IP, ASN or country had far more requests (REQUEST_SPIKE) or
 * error responses (ERROR_SPIKE, status 400 and above) than its own usual level.
 *
 * <p>The span of the selected rows is cut into buckets ({@link BucketPlan}: hourly over more
 * than two days, ten minutes otherwise); with fewer than {@link #MIN_BUCKETS} there is no
 * baseline and nothing is reported. For each kind of subject, SQL keeps as candidates the
 * subjects with a bucket of at least the minimum count and {@link #PREFILTER_RATIO} times the
 * mean of the subject's other buckets, and returns their series. For those, the
 * baseline is the median of all their buckets, zeros included ({@link RobustBaseline}); a bucket
 * is a spike when it holds at least {@link #MIN_REQUESTS} requests (or {@link #MIN_ERRORS}
 * errors), {@link #MIN_RATIO} times the baseline and {@link #MIN_SCORE} robust standard
 * deviations above it. Consecutive spike buckets of one subject make one finding.
 *
 * <p>Severity follows the peak bucket: CRITICAL from 100 times the baseline and a peak of 1000
 * requests (or errors), HIGH from 20 times and 200, MEDIUM from 10 times and 100, LOW below. A
 * baseline of zero is taken as 1, so such a subject's ratio is its count. A subject busy at
 * the spike's level in more than half of its buckets has that level as its median and shows no
 * spike. At most {@link #CANDIDATES} subjects per field and measure are examined.
 */
final class SpikeDetector {

    /** Fewer buckets than this leave too little history to call one of them unusual. */
    static final int MIN_BUCKETS = 12;
    /** Requests in one bucket below which no subject spikes: rare subjects stay quiet. */
    static final long MIN_REQUESTS = 50;
    /** Errors are rarer than requests, and a burst of them matters sooner. */
    static final long MIN_ERRORS = 20;
    /** A spike is at least this many times its subject's median bucket (taken as at least 1). */
    static final double MIN_RATIO = 5;
    /** And this many robust standard deviations above it, so noisy subjects need more. */
    static final double MIN_SCORE = 6;
    /** The cheap SQL pre-filter against the mean of other buckets; looser than the final test. */
    static final double PREFILTER_RATIO = 2;
    /** Subjects per field and measure examined in Java, the largest excess first. */
    static final int CANDIDATES = 200;
    /** Top contributors listed per finding. */
    static final int CONTRIBUTORS = 5;
    /**
     * An ASN or country spike whose top address made this share of it is that address's spike,
     * already reported under {@code ip}; repeating it per network would only add noise.
     */
    static final double ONE_ADDRESS_SHARE = 0.9;

    /**
     * Subjects that could spike at all (enough requests or errors in total), their buckets over
     * the minimum, the candidates among those, and the full series of the candidates only; the
     * selection is scanned three times rather than keeping a row per subject and bucket.
     */
    private static final String SERIES_SQL = """
            WITH base AS (%s),
            totals AS (
                SELECT s, count(*) AS tc, count(*) FILTER (WHERE status >= 400) AS te
                FROM base GROUP BY s
                HAVING count(*) >= ? OR count(*) FILTER (WHERE status >= 400) >= ?),
            peaks AS (
                SELECT s, b, count(*) AS c, count(*) FILTER (WHERE status >= 400) AS e
                FROM base WHERE s IN (SELECT s FROM totals) GROUP BY s, b
                HAVING count(*) >= ? OR count(*) FILTER (WHERE status >= 400) >= ?),
            scored AS (
                SELECT p.s, p.c, p.e, (t.tc - p.c) / ? AS mc, (t.te - p.e) / ? AS me
                FROM peaks p JOIN totals t ON t.s = p.s),
            by_requests AS (
                SELECT s FROM scored WHERE c >= ? AND c >= ? * mc
                GROUP BY s ORDER BY max(c - mc) DESC, s LIMIT ?),
            by_errors AS (
                SELECT s FROM scored WHERE e >= ? AND e >= ? * me
                GROUP BY s ORDER BY max(e - me) DESC, s LIMIT ?),
            candidates AS (SELECT s FROM by_requests UNION SELECT s FROM by_errors),
            series AS (
                SELECT s, b, count(*) AS c, count(*) FILTER (WHERE status >= 400) AS e
                FROM base WHERE s IN (SELECT s FROM candidates) GROUP BY s, b)
            SELECT k.s, %s, k.b, k.c, k.e FROM series k %s
            ORDER BY k.s, k.b
            """;

    private static final String TOP_IPS_SQL = """
            SELECT d.ip, x.n FROM (
                SELECT ip_id, count(*) AS n FROM requests
                WHERE (%s) AND ts >= ? AND ts < ? AND %s AND status >= ?
                GROUP BY ip_id) x
            JOIN ips d ON d.id = x.ip_id
            ORDER BY x.n DESC, d.ip LIMIT ?
            """;

    private static final String TOP_PATHS_SQL = """
            SELECT d.value, x.n FROM (
                SELECT path_id, count(*) AS n FROM requests
                WHERE (%s) AND ts >= ? AND ts < ? AND %s AND status >= ?
                GROUP BY path_id) x
            JOIN texts d ON d.id = x.path_id
            ORDER BY x.n DESC, d.value LIMIT ?
            """;

    private final Connection connection;
    /** Contributor statements by SQL text, prepared once per detection and reused per spike. */
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    SpikeDetector(Connection connection) {
        this.connection = connection;
    }

    /** Request and error spikes, at most {@code limit} of each kind, most urgent first. */
    List<Detected> detect(Selection selection, int limit) {
        try {
            return spikes(selection, limit);
        } finally {
            for (PreparedStatement statement : prepared.values()) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    // Closing a read-only statement cannot lose anything; the detection stands.
                }
            }
            prepared.clear();
        }
    }

    private List<Detected> spikes(Selection selection, int limit) {
        Optional<BucketPlan> plan = plan(selection);
        if (plan.isEmpty() || plan.get().count() < MIN_BUCKETS) {
            return List.of();
        }
        List<Spike> requests = new ArrayList<>();
        List<Spike> errors = new ArrayList<>();
        for (SpikeSubject subject : SpikeSubject.values()) {
            for (Subject series : series(subject, selection, plan.get())) {
                requests.addAll(spikes(series, Measure.REQUESTS, plan.get()));
                errors.addAll(spikes(series, Measure.ERRORS, plan.get()));
            }
        }
        List<Detected> found = new ArrayList<>();
        found.addAll(report(requests, selection, plan.get(), limit));
        found.addAll(report(errors, selection, plan.get(), limit));
        return found;
    }

    /** The most urgent spikes as findings, leaving out networks that one address explains. */
    private List<Detected> report(List<Spike> spikes, Selection selection, BucketPlan plan,
            int limit) {
        List<Detected> kept = new ArrayList<>();
        for (Spike spike : spikes.stream().sorted(Spike.MOST_URGENT).toList()) {
            if (kept.size() == limit) {
                break;
            }
            Detected detected = toFinding(spike, selection, plan);
            if (!isOneAddress(spike, detected.finding())) {
                kept.add(detected);
            }
        }
        return kept;
    }

    /** Whether an ASN or country spike is nearly all one address, reported by its own. */
    private static boolean isOneAddress(Spike spike, Finding finding) {
        SpikeSubject subject = spike.subject().subject();
        return (subject == SpikeSubject.ASN || subject == SpikeSubject.COUNTRY)
                && !finding.contributors().isEmpty()
                && finding.contributors().getFirst().count() >= ONE_ADDRESS_SHARE * spike.total();
    }

    /** What a spike counts. */
    enum Measure {
        REQUESTS(FindingKind.REQUEST_SPIKE, MIN_REQUESTS, "requests", 0),
        ERRORS(FindingKind.ERROR_SPIKE, MIN_ERRORS, "errors", 400);

        final FindingKind kind;
        final long minimum;
        final String noun;
        /** The lowest status counted, for finding contributors. */
        final int minStatus;

        Measure(FindingKind kind, long minimum, String noun, int minStatus) {
            this.kind = kind;
            this.minimum = minimum;
            this.noun = noun;
            this.minStatus = minStatus;
        }
    }

    /** One candidate subject's non-empty buckets: index, requests, errors. */
    private record Subject(SpikeSubject subject, Object key, String name, List<long[]> buckets) {
    }

    /** A run of consecutive spike buckets of one subject. */
    private record Spike(Subject subject, Measure measure, long firstBucket, long lastBucket,
            long total, long peak, RobustBaseline baseline) {

        static final Comparator<Spike> MOST_URGENT = Comparator
                .comparing(Spike::severity).reversed()
                .thenComparing(Comparator.comparingDouble(Spike::excess).reversed())
                .thenComparing(s -> s.subject().name())
                .thenComparingLong(Spike::firstBucket);

        long buckets() {
            return lastBucket - firstBucket + 1;
        }

        double ratio() {
            return baseline.ratio(peak);
        }

        double excess() {
            return total - baseline.median() * buckets();
        }

        Severity severity() {
            double ratio = ratio();
            if (ratio >= 100 && peak >= 1000) {
                return Severity.CRITICAL;
            }
            if (ratio >= 20 && peak >= 200) {
                return Severity.HIGH;
            }
            if (ratio >= 10 && peak >= 100) {
                return Severity.MEDIUM;
            }
            return Severity.LOW;
        }
    }

    private Optional<BucketPlan> plan(Selection selection) {
        String sql = "SELECT min(ts), max(ts) FROM requests WHERE " + selection.sql();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            selection.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(BucketPlan.spanning(Timestamps.read(rs, 1),
                        Timestamps.read(rs, 2)));
            }
        } catch (SQLException e) {
            throw TrafficStoreException.failed("spike detection (span)", e);
        }
    }

    private List<Subject> series(SpikeSubject subject, Selection selection, BucketPlan plan) {
        String sql = SERIES_SQL.formatted(subject.baseSql(selection.sql()),
                subject.nameColumn(), subject.nameJoin());
        Map<Object, Subject> subjects = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, plan.originMicros());
            ps.setLong(2, plan.widthMicros());
            int next = selection.bind(ps, 3);
            for (int twice = 0; twice < 2; twice++) {
                ps.setLong(next++, MIN_REQUESTS);
                ps.setLong(next++, MIN_ERRORS);
            }
            double others = plan.count() - 1;
            ps.setDouble(next++, others);
            ps.setDouble(next++, others);
            for (Measure measure : Measure.values()) {
                ps.setLong(next++, measure.minimum);
                ps.setDouble(next++, PREFILTER_RATIO);
                ps.setInt(next++, CANDIDATES);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object key = rs.getObject(1);
                    String name = rs.getString(2);
                    subjects.computeIfAbsent(key,
                            k -> new Subject(subject, k, name, new ArrayList<>()))
                            .buckets().add(new long[] {rs.getLong(3), rs.getLong(4),
                                rs.getLong(5)});
                }
            }
        } catch (SQLException e) {
            throw TrafficStoreException.failed("spike detection by " + subject.field(), e);
        }
        return List.copyOf(subjects.values());
    }

    /** The spike runs of one subject in one measure. */
    private static List<Spike> spikes(Subject subject, Measure measure, BucketPlan plan) {
        int column = measure == Measure.REQUESTS ? 1 : 2;
        long[] nonZero = subject.buckets().stream().mapToLong(b -> b[column]).filter(n -> n > 0)
                .toArray();
        RobustBaseline baseline = RobustBaseline.of(nonZero, plan.count());
        List<Spike> runs = new ArrayList<>();
        Spike open = null;
        for (long[] bucket : subject.buckets()) {
            long count = bucket[column];
            boolean spike = count >= measure.minimum
                    && baseline.ratio(count) >= MIN_RATIO
                    && baseline.score(count) >= MIN_SCORE;
            if (!spike) {
                continue;
            }
            if (open != null && open.lastBucket() == bucket[0] - 1) {
                open = new Spike(subject, measure, open.firstBucket(), bucket[0],
                        open.total() + count, Math.max(open.peak(), count), baseline);
                runs.set(runs.size() - 1, open);
            } else {
                open = new Spike(subject, measure, bucket[0], bucket[0], count, count, baseline);
                runs.add(open);
            }
        }
        return runs;
    }

    private Detected toFinding(Spike spike, Selection selection, BucketPlan plan) {
        Instant start = plan.start(spike.firstBucket());
        Instant end = plan.start(spike.lastBucket() + 1);
        Subject subject = spike.subject();
        double usual = spike.baseline().median();
        String against = usual < 1
                ? "while it usually has none"
                : String.format(Locale.ROOT, "%.1f times its median of %.1f", spike.ratio(),
                        usual);
        String summary = String.format(Locale.ROOT, "%s %s had %d %s between %s and %s,"
                + " peaking at %d per %s, %s.", subject.subject().noun(),
                Excerpt.of(subject.name()), spike.total(), spike.measure().noun,
                Timestamps.show(start), Timestamps.show(end), spike.peak(), plan.unit(),
                against);
        Map<String, Double> metrics = Map.of(
                spike.measure().noun, (double) spike.total(),
                "peak", (double) spike.peak(),
                "baseline", spike.baseline().median(),
                "mad", spike.baseline().mad(),
                "ratio", spike.ratio(),
                "buckets", (double) spike.buckets(),
                "bucket_seconds", plan.widthMicros() / 1e6);
        Finding finding = new Finding(spike.measure().kind, spike.severity(), start, end,
                subject.subject().field(), subject.name(), summary, metrics,
                contributors(spike, selection, start, end));
        return new Detected(finding, spike.excess());
    }

    private List<Finding.Contributor> contributors(Spike spike, Selection selection,
            Instant start, Instant end) {
        SpikeSubject subject = spike.subject().subject();
        String field = subject.contributorField();
        String template = field.equals("ip") ? TOP_IPS_SQL : TOP_PATHS_SQL;
        String sql = template.formatted(selection.sql(), subject.matchSql());
        List<Finding.Contributor> top = new ArrayList<>();
        try {
            PreparedStatement ps = prepared.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                prepared.put(sql, ps);
            }
            int next = selection.bind(ps, 1);
            ps.setObject(next++, Selection.utc(start));
            ps.setObject(next++, Selection.utc(end));
            ps.setObject(next++, spike.subject().key());
            ps.setInt(next++, spike.measure().minStatus);
            ps.setInt(next, CONTRIBUTORS);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    top.add(new Finding.Contributor(field, rs.getString(1), rs.getLong(2)));
                }
            }
        } catch (SQLException e) {
            throw TrafficStoreException.failed("spike contributors for " + subject.field(), e);
        }
        return top;
    }
}
