package dev.needle.bench.analyst;

import dev.needle.analyst.Analyst;
import dev.needle.analyst.Answer;
import dev.needle.analyst.conversation.ConversationStore;
import dev.needle.analyst.plan.EmbeddedPlanner;
import dev.needle.bench.Latencies;
import dev.needle.bench.intel.IntelEventGenerator;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.DatasetSpec;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import dev.needle.traffic.DuckDbTrafficService;
import dev.needle.traffic.TrafficQuery;
import dev.needle.traffic.TrafficService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Times the analyst's answers with the embedded planner over a traffic store ingested before
 * (by {@code bench/analyst.sh}) and generated intel events it imports itself.
 *
 * <p>Usage: {@code AnalystBench DATA_DIR EVENTS DATASETS SEED}. Each question of a fixed mix,
 * follow-ups included, is asked {@value #WARMUPS} times untimed and {@value #RUNS} times timed,
 * each round a new conversation. Progress goes to stderr, the Markdown tables to stdout.
 */
public final class AnalystBench {

    static final int WARMUPS = 2;
    static final int RUNS = 20;
    private static final int BATCH = 10_000;

    private AnalystBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: AnalystBench DATA_DIR EVENTS DATASETS SEED");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int events = Integer.parseInt(args[1]);
        int datasets = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        Clock clock = Clock.fixed(IntelEventGenerator.FIRST_DAY.plus(IntelEventGenerator.SPAN),
                ZoneOffset.UTC);
        IntelEventGenerator generator = new IntelEventGenerator(seed, events);
        try (TrafficService traffic = DuckDbTrafficService.open(dir);
                IntelService intel = IntelService.openEmbedded(dir, clock)) {
            Principal principal = importEvents(intel, generator, events, datasets);
            long rows = traffic.count(TrafficQuery.all());
            long loadStart = System.nanoTime();
            EmbeddedPlanner planner = EmbeddedPlanner.load();
            double loadMillis = (System.nanoTime() - loadStart) / 1e6;
            Analyst analyst = new Analyst(planner::withAttackers,
                    ConversationStore.embedded(dir), traffic, intel, Clock.systemUTC());
            String attacker = generator.attackersByPopularity().get(3);
            List<Round.Question> mix = Round.mix(attacker);
            List<long[]> nanos = new ArrayList<>();
            mix.forEach(q -> nanos.add(new long[RUNS]));
            List<Answer> last = List.of();
            for (int run = -WARMUPS; run < RUNS; run++) {
                progress("round " + (run + WARMUPS + 1) + " of " + (WARMUPS + RUNS));
                last = Round.ask(analyst, principal, mix, run, nanos);
            }
            System.out.print(report(rows, events, datasets, loadMillis, mix, nanos, last));
        }
    }

    private static Principal importEvents(IntelService intel, IntelEventGenerator generator,
            int events, int datasets) {
        Principal principal = new Principal("bench", Set.of(Scope.ADMIN));
        if (!intel.listDatasets(principal).isEmpty()) {
            return principal;
        }
        intel.createOrganisation("bench");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= datasets; i++) {
            names.add(String.format(Locale.ROOT, "bench-%02d", i));
            intel.createDataset(principal, DatasetSpec.named(names.getLast()));
        }
        int stored = 0;
        for (int batch = 0; stored < events; batch++) {
            String dataset = names.get(batch % names.size());
            List<ThreatEvent> feed = generator.next(Math.min(BATCH, events - stored), dataset);
            intel.importFeed(principal, dataset, new ParsedFeed(feed, List.of()));
            stored += feed.size();
            if (batch % 20 == 0) {
                progress(String.format(Locale.ROOT, "imported %,d of %,d events", stored,
                        events));
            }
        }
        return principal;
    }

    private static String report(long rows, int events, int datasets, double loadMillis,
            List<Round.Question> mix, List<long[]> nanos, List<Answer> last) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n## Analyst answers (embedded planner)%n%n"
                + "%,d traffic rows, %,d events in %d datasets. Model load and intent examples"
                + " embedded: %.0f ms. %d timed rounds after %d untimed; each round a new"
                + " conversation.%n%n", rows, events, datasets, loadMillis, RUNS, WARMUPS));
        out.append("| question | tool run | median ms | p95 ms |\n|---|---|---:|---:|\n");
        long[] all = new long[mix.size() * RUNS];
        for (int i = 0; i < mix.size(); i++) {
            Latencies latencies = Latencies.of(nanos.get(i));
            System.arraycopy(nanos.get(i), 0, all, i * RUNS, RUNS);
            String tool = last.get(i).evidence().isEmpty() ? "(asked back)"
                    : last.get(i).evidence().get(0).call().toString();
            out.append(String.format(Locale.ROOT, "| %s | `%s` | %.1f | %.1f |%n",
                    mix.get(i).text(), tool.replace("|", "\\|"), latencies.medianMillis(),
                    latencies.p95Millis()));
        }
        Latencies overall = Latencies.of(all);
        out.append(String.format(Locale.ROOT, "| **all answers** | | **%.1f** | **%.1f** |%n",
                overall.medianMillis(), overall.p95Millis()));
        return out.toString();
    }

    static void progress(String message) {
        System.err.println("AnalystBench: " + message);
    }
}
