package dev.needle.bench.intel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one benchmark run, collected as they are measured, as Markdown tables. */
final class IntelReport {

    private final BenchSettings settings;
    private final ImportFigures imported;
    private final long reopenNanos;
    private final List<String> queryRows = new ArrayList<>();
    private final List<String> matchRows = new ArrayList<>();

    IntelReport(BenchSettings settings, ImportFigures imported, long reopenNanos) {
        this.settings = settings;
        this.imported = imported;
        this.reopenNanos = reopenNanos;
    }

    /** Adds a query's timings. */
    void query(String name, Target target, Timed timed) {
        queryRows.add(format("| %s | %,d | %d | %.1f | %.1f | %s %s |", name, timed.rows(),
                timed.latencies().runs(), timed.latencies().medianMillis(),
                timed.latencies().p95Millis(), target.text(),
                target.verdict(timed.latencies().p95Millis(), 0)));
    }

    /** Adds the IPv4 fast path's timings; each run looked up {@code lookups} addresses. */
    void ipv4(Timed timed, int lookups) {
        double rate = lookups / (timed.latencies().medianMillis() / 1e3);
        matchRows.add(format("| matcher.knowsIpv4, tight loop | %,d | %,d | %d | %.1f | %.1f"
                + " | %,.0f | %s %s |", lookups, timed.rows(), timed.latencies().runs(),
                timed.latencies().medianMillis(), timed.latencies().p95Millis(), rate,
                Target.MATCHING.text(), Target.MATCHING.verdict(0, rate)));
    }

    /** Adds the bulk path's timings; each run looked up {@code indicators} indicators. */
    void bulk(Timed timed, int indicators) {
        double rate = indicators / (timed.latencies().medianMillis() / 1e3);
        matchRows.add(format("| match(), mixed types | %,d | %,d | %d | %.1f | %.1f | %,.0f | |",
                indicators, timed.rows(), timed.latencies().runs(),
                timed.latencies().medianMillis(), timed.latencies().p95Millis(), rate));
    }

    /** The tables. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(format("### Import: %,d events into %d datasets, seed %d%n%n",
                imported.events(), imported.datasets(), settings.seed()));
        out.append("| batch | importFeed s | events/s in importFeed | wall s with generation"
                + " | events/s wall | reopen s (rebuilds the match index) |\n");
        out.append("|---:|---:|---:|---:|---:|---:|\n");
        out.append(format("| %,d | %.1f | %,.0f | %.1f | %,.0f | %.2f |%n%n",
                imported.batchSize(), imported.storeNanos() / 1e9, imported.storeRate(),
                imported.wallNanos() / 1e9, imported.wallRate(), reopenNanos / 1e9));
        out.append(format("### Queries over all %d datasets (%d warm-ups, then timed runs)%n%n",
                imported.datasets(), IntelBench.WARMUPS));
        out.append("| query | rows | runs | median ms | p95 ms | target |\n");
        out.append("|---|---:|---:|---:|---:|---|\n");
        queryRows.forEach(row -> out.append(row).append('\n'));
        out.append("\n### Matching, in process\n\n");
        out.append("| path | lookups a run | known | runs | median ms | p95 ms"
                + " | lookups/s (median) | target |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        matchRows.forEach(row -> out.append(row).append('\n'));
        return out.toString();
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
