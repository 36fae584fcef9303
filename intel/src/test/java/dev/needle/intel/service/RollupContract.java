package dev.needle.intel.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.intel.ThreatEvent;
import dev.needle.intel.internal.store.RollupQuery;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Aggregates the per-day rollups answer are the aggregates the events give: on random data,
 * after replacements, and after the migration that builds the rollups of an older store.
 *
 * <p>The events' answer comes from the same query with one more term, {@link #OVER_EVENTS}:
 * every event meets it, and no rollup holds the event id, so it sends the query to the events.
 * The seed is that of {@code -Dneedle.test.seed}, as for the other property tests.
 */
abstract class RollupContract extends IntelContract {

    private static final SearchTerm OVER_EVENTS = SearchTerm.of("uuid", SearchOperator.NOT,
            "00000000-0000-0000-0000-000000000000");
    private static final long SEED = Long.getLong("needle.test.seed", 20_240_601L);
    private static final List<String> DATASETS = List.of("alpha", "beta", "gamma");

    @Test
    void aggregate_rolledUpQuery_answersWithoutTheEventsTable() throws Exception {
        Dataset apt = dataset("apt", Sharing.privately());
        load("apt", Corpus.all());
        fixture.breakEvents(apt.id());
        AggregateQuery finance = AggregateQuery.counting(AggregateDimension.ATTACKER)
                .splitByDay().where(SearchTerm.of("targetIndustry", SearchOperator.EQUALS,
                        "Finance"));

        AggregateResult rolledUp = intel.aggregate(acme, finance);
        AggregateResult overEvents = intel.aggregate(acme, finance.where(OVER_EVENTS));

        assertThat(rolledUp.rows()).extracting(row -> row.day().orElseThrow() + "="
                + row.count()).containsExactly("2025-05-01=1", "2025-05-03=1", "2025-05-12=1");
        assertThat(rolledUp.total()).isEqualTo(3);
        assertThat(rolledUp.completeness()).isEqualTo(Completeness.full());
        assertThat(overEvents.completeness().failedDatasets()).containsExactly("apt");
    }

    @Test
    void aggregate_analystTechniqueQueries_answerAsTheEventsWithoutTheEventsTable()
            throws Exception {
        Dataset apt = dataset("apt", Sharing.privately());
        load("apt", Corpus.all());
        List<AggregateQuery> queries = List.of(
                AggregateQuery.counting(AggregateDimension.TECHNIQUE).splitByDay()
                        .where(SearchTerm.of("date", SearchOperator.GTE, "2025-05-01"))
                        .where(SearchTerm.of("date", SearchOperator.LT, "2025-05-15")),
                AggregateQuery.counting(AggregateDimension.TECHNIQUE)
                        .where(SearchTerm.of("date", SearchOperator.LT, "2025-05-10")),
                AggregateQuery.counting(AggregateDimension.KILL_CHAIN_STAGE,
                        AggregateDimension.TECHNIQUE)
                        .where(SearchTerm.of("attacker", SearchOperator.EQUALS, "APT1")));
        List<AggregateResult> overEvents = queries.stream()
                .map(query -> intel.aggregate(acme, query.where(OVER_EVENTS))).toList();
        fixture.breakEvents(apt.id());

        List<AggregateResult> rolledUp = queries.stream()
                .map(query -> intel.aggregate(acme, query)).toList();

        assertThat(rolledUp).isEqualTo(overEvents);
        assertThat(rolledUp.get(2).rows()).extracting(row -> row.key().get(
                AggregateDimension.KILL_CHAIN_STAGE) + " " + row.key().get(
                AggregateDimension.TECHNIQUE) + "=" + row.count()).containsExactlyInAnyOrder(
                        "delivery T1566.001=1", "command-and-control T1071=1",
                        "command-and-control T1071.001=1", "actions-on-objectives T1041=1");
        assertThat(rolledUp.get(2).total()).isEqualTo(3);
        assertThat(overEvents.get(1).total()).isLessThan(overEvents.get(1).rows().stream()
                .mapToLong(AggregateRow::count).sum());
    }

    @Test
    void aggregate_randomImportsAndReplacements_rollupsAnswerAsTheEvents() {
        RandomAggregates random = new RandomAggregates(SEED);
        DATASETS.forEach(name -> dataset(name, Sharing.privately()));
        List<ThreatEvent> previous = List.of();
        int rolledUp = 0;
        int byTechnique = 0;
        for (int round = 1; round <= 6; round++) {
            for (String name : DATASETS) {
                previous = round % 3 == 0 ? previous : random.events(25, 60);
                load(name, previous);
            }
            for (int i = 1; i <= 60; i++) {
                AggregateQuery query = i % 3 == 0 ? random.techniqueQuery() : random.query();
                boolean planned = RollupQuery.plan(query).isPresent();
                rolledUp += planned && i % 3 != 0 ? 1 : 0;
                byTechnique += planned && i % 3 == 0 ? 1 : 0;
                assertSameAsEvents(query, "seed " + SEED + ", round " + round + ", query " + i);
            }
        }
        assertThat(rolledUp).as("queries the rollups answered, of 240").isGreaterThan(150);
        assertThat(byTechnique).as("technique queries the rollup answered, of 120")
                .isBetween(50, 110);
    }

    @Test
    void migration_storeWrittenBeforeRollups_buildsThemFromItsEvents() throws Exception {
        assertMigratedFrom(2, SEED + 1);
    }

    @Test
    void migration_storeWrittenBeforeTechniqueRollup_buildsItFromItsEvents() throws Exception {
        assertMigratedFrom(4, SEED + 2);
    }

    /**
     * Rewinds a store with random events to {@code version}, opens it again, and compares
     * random rollup answers with the events' and the timelapse with the stored events.
     */
    private void assertMigratedFrom(int version, long seed) throws Exception {
        RandomAggregates random = new RandomAggregates(seed);
        Dataset alpha = dataset("alpha", Sharing.privately());
        List<ThreatEvent> first = random.events(60, 90);
        List<ThreatEvent> second = random.events(40, 90);
        load("alpha", first);
        load("alpha", second);
        long stored = Stream.concat(first.stream(), second.stream()).map(ThreatEvent::id)
                .distinct().count();
        intel.close();
        fixture.rewind(alpha.id(), version);

        intel = fixture.open(CLOCK);

        for (int i = 1; i <= 40; i++) {
            AggregateQuery query = i % 2 == 0 ? random.techniqueQuery() : random.query();
            assertSameAsEvents(query, "seed " + seed + ", query " + i);
        }
        fixture.breakEvents(alpha.id());
        AggregateResult timelapse = intel.aggregate(acme,
                AggregateQuery.counting(AggregateDimension.ATTACKER).splitByDay());
        AggregateResult techniques = intel.aggregate(acme,
                AggregateQuery.counting(AggregateDimension.TECHNIQUE).splitByDay());
        assertThat(timelapse.completeness()).isEqualTo(Completeness.full());
        assertThat(timelapse.total()).isEqualTo(stored);
        assertThat(techniques.completeness()).isEqualTo(Completeness.full());
        assertThat(techniques.total()).isEqualTo(stored);
        assertThat(techniques.rows().stream().mapToLong(AggregateRow::count).sum())
                .isGreaterThan(stored);
    }

    private void assertSameAsEvents(AggregateQuery query, String trial) {
        AggregateResult fromRollups = intel.aggregate(acme, query);
        AggregateResult fromEvents = intel.aggregate(acme, query.where(OVER_EVENTS));

        assertThat(fromRollups).as("%s: %s", trial, query).isEqualTo(fromEvents);
    }
}
