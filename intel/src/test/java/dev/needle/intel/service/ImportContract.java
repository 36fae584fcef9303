package dev.needle.intel.service;

import static dev.needle.intel.service.EventBuilder.event;
import static dev.needle.intel.service.EventBuilder.ipv4;
import static dev.needle.intel.service.EventBuilder.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportWarning;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imports: round trips, replacement, all-or-nothing, extra fields, persistence. */
abstract class ImportContract extends IntelContract {

    private Dataset ddos() {
        return intel.createDataset(acme, DatasetSpec.named("ddos")
                .withField("requests_per_second", FieldType.INTEGER)
                .withField("peak_at", FieldType.TIMESTAMP)
                .withField("vector", FieldType.TEXT)
                .withField("amplification", FieldType.NUMBER));
    }

    private static List<ThreatEvent> floods() {
        return List.of(
                event(40).at("2025-05-20T10:00:00Z").headline("UDP flood against the API")
                        .category("DDoS").target("US", "Finance")
                        .indicator(IndicatorType.IPV4, "198.51.100.40")
                        .meta("requests_per_second", "120000").meta("peak_at",
                                "2025-05-20T10:05:00Z")
                        .meta("vector", "UDP flood").meta("amplification", "2.5")
                        .meta("source_feed", "netflow").build(),
                event(41).at("2025-05-21T10:00:00Z").headline("SYN flood against the web tier")
                        .category("DDoS").indicator(IndicatorType.IPV4, "198.51.100.41")
                        .meta("requests_per_second", "45000").meta("vector", "SYN flood")
                        .build(),
                event(42).at("2025-05-22T10:00:00Z").headline("Application-layer probe")
                        .category("DDoS").indicator(IndicatorType.IPV4, "198.51.100.42")
                        .build());
    }

    private List<java.util.UUID> find(EventSearch search) {
        return ids(intel.searchEvents(acme, search));
    }

    @Test
    void importFeed_newEvents_roundTripEveryField() {
        dataset("apt", Sharing.privately());

        ImportResult result = load("apt", Corpus.all());

        assertThat(result).isEqualTo(new ImportResult("apt", 6, 0, List.of()));
        assertThat(intel.event(acme, "apt", uuid(2))).contains(Corpus.beacon().withDataset("apt"));
        assertThat(intel.event(acme, "apt", uuid(77))).isEmpty();
    }

    @Test
    void importFeed_existingId_replacesInsteadOfDuplicating() {
        dataset("apt", Sharing.privately());
        load("apt", Corpus.all());
        ThreatEvent revised = event(2).at("2025-05-03T12:00:00Z")
                .headline("Beacon to a re-hosted server").attacker("APT1", "CN")
                .indicator(IndicatorType.IPV4, "198.51.100.77").confidence(95).build();

        ImportResult result = load("apt", List.of(revised));

        assertThat(result.added()).isZero();
        assertThat(result.replaced()).isEqualTo(1);
        assertThat(find(EventSearch.everything())).hasSize(6);
        assertThat(intel.event(acme, "apt", uuid(2))).contains(revised.withDataset("apt"));
        assertThat(find(EventSearch.everything().where("indicator", SearchOperator.EQUALS,
                "198.51.100.23"))).isEmpty();
        assertThat(find(EventSearch.everything().where("technique", SearchOperator.EQUALS,
                "T1071"))).isEmpty();
    }

    @Test
    void importFeed_sameIdTwiceInFeed_keepsTheLastAndWarns() {
        dataset("apt", Sharing.privately());
        ThreatEvent first = event(8).headline("first").indicator(IndicatorType.IPV4,
                "192.0.2.8").build();
        ThreatEvent second = event(8).headline("second").indicator(IndicatorType.IPV4,
                "192.0.2.8").build();

        ImportResult result = intel.importFeed(acme, "apt", new ParsedFeed(List.of(first,
                second), List.of(new ImportWarning("feed.csv:3", "empty line skipped"))));

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.warnings()).containsExactly(
                new ImportWarning("feed.csv:3", "empty line skipped"),
                new ImportWarning("event " + uuid(8), "appears more than once in the feed;"
                        + " the last one is kept"));
        assertThat(intel.event(acme, "apt", uuid(8)).orElseThrow().headline())
                .isEqualTo("second");
    }

    @Test
    void importFeed_failingEventMidFeed_leavesDatasetUnchanged() {
        ddos();
        load("ddos", floods());
        List<ThreatEvent> feed = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            feed.add(event(1000 + i).at("2025-05-25T00:00:00Z")
                    .indicator(IndicatorType.IPV4, "10.1." + (i / 256) + "." + (i % 256))
                    .meta("requests_per_second", "" + (1000 + i)).build());
        }
        feed.set(10, event(40).headline("rewritten").indicator(IndicatorType.IPV4,
                "192.0.2.99").build());
        feed.set(1150, event(2150).indicator(IndicatorType.IPV4, "192.0.2.150")
                .meta("requests_per_second", "very high").build());

        assertThatThrownBy(() -> load("ddos", feed))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event " + uuid(2150) + ", field 'requests_per_second' (integer):"
                        + " 'very high' is not an integer");

        assertThat(find(EventSearch.everything().inDatasets("ddos")))
                .isEqualTo(uuids(42, 41, 40));
        assertThat(intel.event(acme, "ddos", uuid(40))).contains(floods().getFirst()
                .withDataset("ddos"));
        assertThat(intel.match(acme, List.of(ipv4("10.1.0.1"), ipv4("192.0.2.99"),
                ipv4("198.51.100.40"))).matches()).extracting(IndicatorMatch::indicator)
                .containsExactly(ipv4("198.51.100.40"));
    }

    @Test
    void importFeed_databaseRejectsRowMidFeed_storesNothing() {
        dataset("apt", Sharing.privately());
        load("apt", Corpus.all());
        List<ThreatEvent> feed = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            feed.add(event(3000 + i).at("2025-05-25T00:00:00Z")
                    .indicator(IndicatorType.IPV4, "10.2." + (i / 256) + "." + (i % 256))
                    .build());
        }
        feed.set(5, event(2).headline("rewritten").indicator(IndicatorType.IPV4, "192.0.2.98")
                .build());
        feed.set(1100, event(4100).indicator(IndicatorType.IPV4, "").build());

        assertThatThrownBy(() -> load("apt", feed))
                .isInstanceOf(IntelStoreException.class)
                .hasMessageStartingWith("import into dataset 'apt': writing 1200 events failed"
                        + " and stored nothing");

        assertThat(find(EventSearch.everything())).isEqualTo(uuids(6, 5, 4, 3, 2, 1));
        assertThat(intel.event(acme, "apt", uuid(2))).contains(Corpus.beacon()
                .withDataset("apt"));
        assertThat(intel.match(acme, List.of(ipv4("10.2.0.0"), ipv4("192.0.2.98"))).matches())
                .isEmpty();
    }

    @Test
    void extraFields_declared_areFilterableAndSortable() {
        ddos();
        load("ddos", floods());
        EventSearch ddos = EventSearch.everything().inDatasets("ddos");

        assertThat(find(ddos.where("requests_per_second", SearchOperator.GT, "50000")))
                .isEqualTo(uuids(40));
        assertThat(find(ddos.where("requests_per_second", SearchOperator.NOT, "45000")))
                .isEqualTo(uuids(42, 40));
        assertThat(find(ddos.where("vector", SearchOperator.CONTAINS, "FLOOD")))
                .isEqualTo(uuids(41, 40));
        assertThat(find(ddos.where("amplification", SearchOperator.GTE, "2")))
                .isEqualTo(uuids(40));
        assertThat(find(ddos.where("peak_at", SearchOperator.GTE, "2025-05-20")))
                .isEqualTo(uuids(40));
        assertThat(find(ddos.sortedBy("requests_per_second", SortOrder.ASC)))
                .isEqualTo(uuids(42, 41, 40));
        assertThat(find(ddos.sortedBy("requests_per_second", SortOrder.DESC)))
                .isEqualTo(uuids(40, 41, 42));
        assertThat(intel.event(acme, "ddos", uuid(40)).orElseThrow().metadata())
                .containsEntry("source_feed", "netflow").containsEntry("vector", "UDP flood");
    }

    @Test
    void extraField_inSomeDatasetsOnly_isFalseElsewhereExceptNot() {
        ddos();
        load("ddos", floods());
        dataset("apt", Sharing.privately());
        load("apt", List.of(Corpus.phishing()));

        assertThat(find(EventSearch.everything().where("vector", SearchOperator.EQUALS,
                "SYN flood"))).isEqualTo(uuids(41));
        assertThat(find(EventSearch.everything().where("vector", SearchOperator.NOT,
                "SYN flood"))).isEqualTo(uuids(42, 40, 1));
        assertThatThrownBy(() -> find(EventSearch.everything().inDatasets("apt")
                .where("vector", SearchOperator.EQUALS, "SYN flood")))
                .hasMessageStartingWith("search term 1: unknown field 'vector'");
        assertThatThrownBy(() -> find(EventSearch.everything().where("requests_per_second",
                SearchOperator.GT, "lots")))
                .hasMessage("search term 1 (requests_per_second gt 'lots'): 'lots' is not an"
                        + " integer");
    }

    @Test
    void createDataset_badSpecs_areRejectedWithTheName() {
        dataset("apt", Sharing.privately());

        assertThatThrownBy(() -> dataset("apt", Sharing.privately()))
                .hasMessage("dataset 'apt' exists already");
        assertThatThrownBy(() -> DatasetSpec.named("ddos").withField("attacker",
                FieldType.TEXT)).hasMessage("dataset 'ddos': extra field 'attacker' is the name"
                        + " of a built-in field");
        assertThatThrownBy(() -> DatasetSpec.named("ddos").withField("Peak-At",
                FieldType.TEXT)).hasMessageStartingWith("dataset 'ddos': extra field 'Peak-At'"
                        + " must be");
        assertThatThrownBy(() -> dataset("partners", Sharing.withPartners("umbrella")))
                .hasMessage("partner organisation 'umbrella' does not exist");
        assertThat(intel.listDatasets(acme)).extracting(Dataset::name).containsExactly("apt");
    }

    @Test
    void reopen_keepsDatasetsEventsAndFields() {
        ddos();
        load("ddos", floods());

        reopen();

        Dataset reopened = intel.dataset(acme, "ddos").orElseThrow();
        assertThat(reopened.extraFields()).containsEntry("peak_at", FieldType.TIMESTAMP)
                .hasSize(4);
        assertThat(reopened.decay()).isEqualTo(DecayPolicy.standard());
        assertThat(find(EventSearch.everything().where("requests_per_second",
                SearchOperator.LT, "50000"))).isEqualTo(uuids(41));
    }
}
