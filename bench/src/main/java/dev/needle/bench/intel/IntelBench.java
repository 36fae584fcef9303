package dev.needle.bench.intel;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.AggregateResult;
import dev.needle.intel.service.DatasetScope;
import dev.needle.intel.service.DatasetSpec;
import dev.needle.intel.service.EventPage;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.ImportResult;
import dev.needle.intel.service.IndicatorMatcher;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.intel.service.Scope;
import dev.needle.intel.service.SearchOperator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Command-line entry that times Needle's intel store in process: it imports generated events
 * into fresh embedded datasets, then times a filtered page, its next page, an indicator search,
 * the attacker timelapse aggregate, and indicator matching, and prints Markdown tables.
 *
 * <p>Usage: {@code IntelBench DATA_DIR [EVENTS [DATASETS [SEED]]]}, default 1,000,000 events
 * over 10 datasets with seed 42. Progress goes to stderr, the tables to stdout. The clock is
 * fixed at the end of the generated year, so decay and ages are the same on every run.
 */
public final class IntelBench {

    static final int BATCH = 10_000;
    static final int WARMUPS = 3;
    static final int RUNS = 20;
    static final int PAGE_SIZE = 50;
    static final int IPV4_LOOKUPS = 1_000_000;
    static final int IPV4_ROUNDS = 5;
    static final int BULK_INDICATORS = 10_000;
    static final int SAMPLE_EVERY = 20;

    private static final String ORGANISATION = "bench";

    private IntelBench() {
    }

    /** Runs the benchmark and prints its tables. */
    public static void main(String[] args) {
        BenchSettings settings;
        try {
            settings = BenchSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("IntelBench: " + e.getMessage());
            System.exit(2);
            return;
        }
        IntelReport report = run(settings);
        System.out.print(report.markdown());
    }

    static IntelReport run(BenchSettings settings) {
        Clock clock = Clock.fixed(IntelEventGenerator.FIRST_DAY.plus(IntelEventGenerator.SPAN),
                ZoneOffset.UTC);
        IntelEventGenerator generator = new IntelEventGenerator(settings.seed(),
                settings.events());
        List<String> datasets = new ArrayList<>();
        ImportFigures imported;
        List<Indicator> sample = new ArrayList<>();
        Principal principal;
        try (IntelService service = IntelService.openEmbedded(settings.dataDir(), clock)) {
            principal = principal(service);
            for (int i = 1; i <= settings.datasets(); i++) {
                String name = String.format(Locale.ROOT, "bench-%02d", i);
                service.createDataset(principal, DatasetSpec.named(name));
                datasets.add(name);
            }
            imported = importAll(service, principal, generator, datasets, settings.events(),
                    sample);
        }
        progress("reopening the store");
        long reopenStart = System.nanoTime();
        try (IntelService service = IntelService.openEmbedded(settings.dataDir(), clock)) {
            long reopenNanos = System.nanoTime() - reopenStart;
            IntelReport report = new IntelReport(settings, imported, reopenNanos);
            timeQueries(service, principal, generator, report);
            timeMatching(service, principal, generator, sample, settings.seed(), report);
            return report;
        }
    }

    private static Principal principal(IntelService service) {
        service.createOrganisation(ORGANISATION);
        String secret = service.issueToken(ORGANISATION, Set.of(Scope.ADMIN), "bench").secret();
        return service.authenticate(secret).orElseThrow(
                () -> new IllegalStateException("a token just issued did not authenticate"));
    }

    private static ImportFigures importAll(IntelService service, Principal principal,
            IntelEventGenerator generator, List<String> datasets, int events,
            List<Indicator> sample) {
        long wallStart = System.nanoTime();
        long storeNanos = 0;
        long stored = 0;
        int batch = 0;
        while (stored < events) {
            String dataset = datasets.get(batch++ % datasets.size());
            List<ThreatEvent> feed = generator.next((int) Math.min(BATCH, events - stored),
                    dataset);
            for (int i = 0; i < feed.size(); i += SAMPLE_EVERY) {
                sample.add(feed.get(i).indicators().getFirst());
            }
            long start = System.nanoTime();
            ImportResult result = service.importFeed(principal, dataset,
                    new ParsedFeed(feed, List.of()));
            storeNanos += System.nanoTime() - start;
            if (result.added() != feed.size()) {
                throw new IllegalStateException("dataset " + dataset + " added " + result.added()
                        + " of " + feed.size() + " events");
            }
            stored += feed.size();
            if (batch % 10 == 0 || stored == events) {
                progress(String.format(Locale.ROOT, "imported %,d of %,d events (%,.0f/s in"
                        + " importFeed)", stored, events, stored / (storeNanos / 1e9)));
            }
        }
        return new ImportFigures(stored, datasets.size(), BATCH, storeNanos,
                System.nanoTime() - wallStart);
    }

    private static void timeQueries(IntelService service, Principal principal,
            IntelEventGenerator generator, IntelReport report) {
        String attacker = generator.attackersByPopularity().getFirst();
        EventSearch filtered = EventSearch.everything().withPageSize(PAGE_SIZE)
                .where("attacker", SearchOperator.EQUALS, attacker)
                .where("killChain", SearchOperator.GTE, "installation");
        progress("timing the filtered page");
        String label = "attacker = " + attacker + " and killChain >= installation, " + PAGE_SIZE
                + " newest";
        report.query("page 1: " + label, Target.PAGE, Timed.of(WARMUPS, RUNS,
                () -> pageSize(service.searchEvents(principal, filtered))));
        String cursor = service.searchEvents(principal, filtered).nextCursor().orElseThrow(
                () -> new IllegalStateException("the filtered search has a single page"));
        report.query("page 2 of the same, by cursor", Target.PAGE, Timed.of(WARMUPS, RUNS,
                () -> pageSize(service.searchEvents(principal, EventSearch.fromCursor(cursor)))));

        String known = IndicatorMint.ipv4(generator.ipv4Drawn()[0]).value();
        EventSearch byIndicator = EventSearch.everything().withPageSize(PAGE_SIZE)
                .where("indicator", SearchOperator.EQUALS, known);
        report.query("indicator = " + known + " (a known address)", Target.PAGE,
                Timed.of(WARMUPS, RUNS, () -> pageSize(service.searchEvents(principal,
                        byIndicator))));

        progress("timing the timelapse aggregate");
        AggregateQuery timelapse = new AggregateQuery(DatasetScope.everything(),
                List.of(AggregateDimension.ATTACKER), true, List.of(), "",
                AggregateQuery.MAX_LIMIT);
        report.query("timelapse: events by attacker per day, all datasets", Target.AGGREGATE,
                Timed.of(WARMUPS, RUNS, () -> rows(service.aggregate(principal, timelapse))));
    }

    private static int pageSize(EventPage page) {
        return page.events().size();
    }

    private static int rows(AggregateResult result) {
        return result.rows().size();
    }

    private static void timeMatching(IntelService service, Principal principal,
            IntelEventGenerator generator, List<Indicator> sample, long seed,
            IntelReport report) {
        progress("timing IPv4 matching");
        int[] lookups = LookupMix.ipv4(generator.ipv4Drawn(), IPV4_LOOKUPS, seed);
        IndicatorMatcher matcher = service.matcher(principal);
        report.ipv4(Timed.of(1, IPV4_ROUNDS, () -> {
            int hits = 0;
            for (int address : lookups) {
                if (matcher.knowsIpv4(address)) {
                    hits++;
                }
            }
            return hits;
        }), lookups.length);

        progress("timing bulk matching");
        List<Indicator> bulk = LookupMix.indicators(sample, BULK_INDICATORS, seed);
        report.bulk(Timed.of(WARMUPS, RUNS, () -> service.match(principal, bulk).matches()
                .size()), bulk.size());
    }

    static void progress(String message) {
        System.err.println("== " + message);
    }
}
