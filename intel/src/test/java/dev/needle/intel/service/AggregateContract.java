package dev.needle.intel.service;

import static dev.needle.intel.service.EventBuilder.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.core.indicator.IndicatorType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Counts by dimension and day, summed over datasets. */
abstract class AggregateContract extends IntelContract {

    @BeforeEach
    void loadCorpus() {
        dataset("apt", Sharing.privately());
        load("apt", Corpus.all());
    }

    /** Rows as "key/key[@day]=count" for compact, exact assertions. */
    private static List<String> rows(AggregateResult result) {
        return result.rows().stream().map(row -> result.by().stream().map(row::value)
                .collect(Collectors.joining("/"))
                + row.day().map(day -> "@" + day).orElse("") + "=" + row.count()).toList();
    }

    @Test
    void aggregate_byAttacker_countsDescendingThenByName() {
        AggregateResult result = intel.aggregate(acme,
                AggregateQuery.counting(AggregateDimension.ATTACKER));

        assertThat(result.total()).isEqualTo(6);
        assertThat(rows(result)).containsExactly("APT1=3", "=1", "APT28=1", "FIN7=1");
        assertThat(result.completeness()).isEqualTo(Completeness.full());
    }

    @Test
    void aggregate_byTechnique_countsEachTechniqueOfAnEvent() {
        AggregateResult result = intel.aggregate(acme,
                AggregateQuery.counting(AggregateDimension.TECHNIQUE));

        assertThat(result.total()).isEqualTo(6);
        assertThat(rows(result)).containsExactly("T1041=1", "T1071=1", "T1071.001=1",
                "T1204.002=1", "T1566.001=1", "T1566.002=1", "T1595=1");
    }

    @Test
    void aggregate_byKillChainStage_usesLabels() {
        AggregateResult result = intel.aggregate(acme,
                AggregateQuery.counting(AggregateDimension.KILL_CHAIN_STAGE));

        assertThat(rows(result)).containsExactly("delivery=2", "actions-on-objectives=1",
                "command-and-control=1", "installation=1", "reconnaissance=1");
    }

    @Test
    void aggregate_attackerTimelapse_countsPerDay() {
        AggregateResult result = intel.aggregate(acme,
                AggregateQuery.counting(AggregateDimension.ATTACKER).splitByDay()
                        .where(SearchTerm.of("attacker", SearchOperator.EQUALS, "APT1")));

        assertThat(result.total()).isEqualTo(3);
        assertThat(rows(result)).containsExactly("APT1@2025-05-01=1", "APT1@2025-05-03=1",
                "APT1@2025-05-12=1");
        assertThat(result.rows().getFirst().day()).contains(LocalDate.of(2025, 5, 1));
    }

    @Test
    void aggregate_twoDimensionsAndDaysOnly_groupAsAsked() {
        AggregateResult victims = intel.aggregate(acme, AggregateQuery.counting(
                AggregateDimension.TARGET_COUNTRY, AggregateDimension.TARGET_INDUSTRY));
        AggregateResult days = intel.aggregate(acme, AggregateQuery.counting().splitByDay());

        assertThat(rows(victims)).containsExactly("US/Finance=3", "DE/Government=1",
                "GB/Energy=1", "US/Retail=1");
        assertThat(rows(days)).containsExactly("@2025-05-01=1", "@2025-05-03=2",
                "@2025-05-10=1", "@2025-05-12=1", "@2025-05-15=1");
        assertThat(days.rows().getFirst().key()).isEmpty();
    }

    @Test
    void aggregate_overSeveralDatasets_sumsGroups() {
        dataset("crime", Sharing.privately());
        load("crime", List.of(
                event(30).at("2025-05-20T00:00:00Z").attacker("FIN7", "")
                        .indicator(IndicatorType.IPV4, "192.0.2.30").build(),
                event(31).at("2025-05-21T00:00:00Z").attacker("FIN7", "")
                        .indicator(IndicatorType.IPV4, "192.0.2.31").build()));

        AggregateResult all = intel.aggregate(acme,
                AggregateQuery.counting(AggregateDimension.ATTACKER));
        AggregateResult crime = intel.aggregate(acme,
                AggregateQuery.counting(AggregateDimension.ATTACKER).inDatasets("crime"));

        assertThat(all.total()).isEqualTo(8);
        assertThat(rows(all)).containsExactly("APT1=3", "FIN7=3", "=1", "APT28=1");
        assertThat(rows(crime)).containsExactly("FIN7=2");
    }

    @Test
    void aggregate_brokenStore_countsTheOthersAndNamesIt() throws Exception {
        Dataset crime = dataset("crime", Sharing.privately());
        load("crime", List.of(event(30).at("2025-05-20T00:00:00Z").attacker("FIN7", "")
                .indicator(IndicatorType.IPV4, "192.0.2.30").build()));
        fixture.breakDataset(crime.id());

        AggregateResult result = intel.aggregate(acme,
                AggregateQuery.counting(AggregateDimension.ATTACKER));

        assertThat(result.total()).isEqualTo(6);
        assertThat(rows(result)).containsExactly("APT1=3", "=1", "APT28=1", "FIN7=1");
        assertThat(result.completeness()).isEqualTo(new Completeness(false, List.of("crime"),
                List.of()));
        assertThatThrownBy(() -> intel.event(acme, "crime", EventBuilder.uuid(30)))
                .isInstanceOf(IntelStoreException.class)
                .hasMessage("the store of dataset 'crime' failed");
    }

    @Test
    void aggregate_moreGroupsThanLimit_cutsRowsAndSaysSo() {
        AggregateQuery query = new AggregateQuery(DatasetScope.everything(),
                List.of(AggregateDimension.CATEGORY), false, List.of(), "", 2);

        AggregateResult result = intel.aggregate(acme, query);

        assertThat(result.total()).isEqualTo(6);
        assertThat(rows(result)).containsExactly("Phishing=2", "C2 server=1");
        assertThat(result.completeness().warnings())
                .containsExactly("5 groups cut to the limit of 2");
    }

    @Test
    void aggregate_freeText_narrowsCounts() {
        AggregateQuery query = new AggregateQuery(DatasetScope.everything(),
                List.of(AggregateDimension.ATTACKER), false, List.of(), "phishing", 10);

        assertThat(rows(intel.aggregate(acme, query))).containsExactly("APT1=1");
        assertThat(intel.aggregate(acme, query).rows().getFirst().day())
                .isEqualTo(Optional.empty());
    }
}
