package dev.needle.intel.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.DatasetScope;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollupQueryTest {

    private static final AggregateQuery TIMELAPSE = AggregateQuery
            .counting(AggregateDimension.ATTACKER).splitByDay();

    private static Optional<Rollup> table(AggregateQuery query) {
        return RollupQuery.plan(query).map(RollupQuery::rollup);
    }

    @Test
    void plan_timelapse_readsTheAttackerRollupRowByRow() {
        RollupQuery query = RollupQuery.plan(TIMELAPSE).orElseThrow();

        assertThat(query.rollup()).isEqualTo(Rollup.ATTACKER);
        assertThat(query.rowPerGroup()).isTrue();
    }

    @Test
    void plan_timelapseOfAnIndustry_readsTheIndustryRollup() {
        AggregateQuery query = TIMELAPSE.where(SearchTerm.of("targetIndustry",
                SearchOperator.EQUALS, "Finance"));

        assertThat(table(query)).contains(Rollup.INDUSTRY);
        assertThat(RollupQuery.plan(query).orElseThrow().rowPerGroup()).isFalse();
    }

    @Test
    void plan_otherRolledUpColumnsAndDayBounds_readTheWidestRollup() {
        AggregateQuery query = AggregateQuery.counting(AggregateDimension.CATEGORY)
                .where(SearchTerm.of("killChain", SearchOperator.GTE, "delivery"))
                .where(SearchTerm.of("date", SearchOperator.LT, "2025-06-01"));

        RollupQuery planned = RollupQuery.plan(query).orElseThrow();

        assertThat(planned.rollup()).isEqualTo(Rollup.ALL);
        assertThat(planned.dayBounds()).containsOnlyKeys(1);
    }

    @Test
    void plan_totalsOnly_readTheAttackerRollup() {
        assertThat(table(AggregateQuery.counting())).contains(Rollup.ATTACKER);
    }

    @Test
    void plan_techniquesPerDayBetweenMidnights_readsTheTechniqueRollupWithEventTotals() {
        AggregateQuery query = AggregateQuery.counting(AggregateDimension.TECHNIQUE)
                .splitByDay()
                .where(SearchTerm.of("date", SearchOperator.GTE, "2025-05-01"))
                .where(SearchTerm.of("date", SearchOperator.LT, "2025-06-01T00:00:00Z"));

        RollupQuery planned = RollupQuery.plan(query).orElseThrow();

        assertThat(planned.rollup()).isEqualTo(Rollup.TECHNIQUE);
        assertThat(planned.dayBounds()).containsOnlyKeys(0, 1);
        assertThat(planned.totals().map(RollupQuery::rollup)).contains(Rollup.ATTACKER);
        assertThat(planned.totals().map(RollupQuery::by)).contains(List.of());
    }

    @Test
    void plan_techniquesBeforeADay_readsTheTechniqueRollup() {
        AggregateQuery query = AggregateQuery.counting(AggregateDimension.TECHNIQUE)
                .where(SearchTerm.of("date", SearchOperator.LT, "2025-06-01"));

        assertThat(table(query)).contains(Rollup.TECHNIQUE);
    }

    @Test
    void plan_stageAndTechniqueOfAnAttacker_readsTheTechniqueRollup() {
        AggregateQuery query = AggregateQuery.counting(AggregateDimension.KILL_CHAIN_STAGE,
                AggregateDimension.TECHNIQUE)
                .where(SearchTerm.of("attacker", SearchOperator.EQUALS, "APT1"));

        RollupQuery planned = RollupQuery.plan(query).orElseThrow();

        assertThat(planned.rollup()).isEqualTo(Rollup.TECHNIQUE);
        assertThat(planned.totals().map(RollupQuery::rollup)).contains(Rollup.ATTACKER);
    }

    @Test
    void plan_stageWithoutTechnique_neverReadsTheTechniqueRollup() {
        AggregateQuery query = AggregateQuery.counting(AggregateDimension.KILL_CHAIN_STAGE)
                .where(SearchTerm.of("attacker", SearchOperator.EQUALS, "APT1"));

        RollupQuery planned = RollupQuery.plan(query).orElseThrow();

        assertThat(planned.rollup()).isEqualTo(Rollup.ALL);
        assertThat(planned.totals()).isEmpty();
    }

    @Test
    void plan_techniqueWithTermOnTechniqueOrOtherColumn_leavesTheQueryToTheEvents() {
        AggregateQuery byTechnique = AggregateQuery.counting(AggregateDimension.TECHNIQUE);

        assertThat(table(byTechnique.where(SearchTerm.of("mitreAttack", SearchOperator.EQUALS,
                "T1071")))).isEmpty();
        assertThat(table(byTechnique.where(SearchTerm.of("category", SearchOperator.EQUALS,
                "Phishing")))).isEmpty();
        assertThat(table(AggregateQuery.counting(AggregateDimension.TECHNIQUE,
                AggregateDimension.TARGET_INDUSTRY))).isEmpty();
        assertThat(table(byTechnique.where(SearchTerm.of("date", SearchOperator.LT,
                "2025-06-01T08:00:00Z")))).isEmpty();
    }

    @Test
    void plan_textOrOtherFields_leaveTheQueryToTheEvents() {
        AggregateQuery withText = new AggregateQuery(DatasetScope.everything(),
                List.of(AggregateDimension.ATTACKER), true, List.of(), "beacon", 100);

        assertThat(table(withText)).isEmpty();
        assertThat(table(TIMELAPSE.where(SearchTerm.of("tlp", SearchOperator.EQUALS, "red"))))
                .isEmpty();
        assertThat(table(TIMELAPSE.where(SearchTerm.of("mitreAttack", SearchOperator.EQUALS,
                "T1071")))).isEmpty();
        assertThat(table(TIMELAPSE.where(SearchTerm.of("x_score", SearchOperator.GT, "5"))))
                .isEmpty();
        assertThat(table(TIMELAPSE.where(SearchTerm.of("date", SearchOperator.GTE,
                "2025-05-01T12:00:00Z")))).isEmpty();
    }
}
