package dev.needle.intel.service;

import static dev.needle.intel.service.EventBuilder.event;
import static dev.needle.intel.service.EventBuilder.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ThreatEvent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search: every operator, free text, sorting, cursors across inserts and datasets. */
abstract class SearchContract extends IntelContract {

    @BeforeEach
    void loadCorpus() {
        dataset("apt", Sharing.privately());
        load("apt", Corpus.all());
    }

    private List<UUID> find(String field, SearchOperator operator, String value) {
        return ids(intel.searchEvents(acme, EventSearch.everything()
                .where(field, operator, value)));
    }

    @Test
    void search_noTerms_returnsAllNewestFirst() {
        EventPage page = intel.searchEvents(acme, EventSearch.everything());

        assertThat(ids(page)).isEqualTo(uuids(6, 5, 4, 3, 2, 1));
        assertThat(page.nextCursor()).isEmpty();
        assertThat(page.completeness()).isEqualTo(Completeness.full());
    }

    @Test
    void search_equalityAndNegation_matchExactly() {
        assertThat(find("attacker", SearchOperator.EQUALS, "APT1")).isEqualTo(uuids(5, 2, 1));
        assertThat(find("attacker", SearchOperator.NOT, "APT1")).isEqualTo(uuids(6, 4, 3));
        assertThat(find("attacker", SearchOperator.EQUALS, "apt1")).isEmpty();
        assertThat(find("uuid", SearchOperator.EQUALS, uuid(4).toString()))
                .isEqualTo(uuids(4));
        assertThat(intel.searchEvents(acme, EventSearch.everything()
                .and(SearchTerm.in("targetCountry", List.of("DE", "GB")))).events())
                .extracting(ThreatEvent::id).isEqualTo(uuids(6, 3));
    }

    @Test
    void search_dateComparisons_takeInstantsAndDays() {
        assertThat(find("date", SearchOperator.GTE, "2025-05-10")).isEqualTo(uuids(6, 5, 4));
        assertThat(find("date", SearchOperator.LT, "2025-05-03T18:00:00Z"))
                .isEqualTo(uuids(2, 1));
        assertThat(ids(intel.searchEvents(acme, EventSearch.everything()
                .where("date", SearchOperator.GT, "2025-05-03T12:00:00Z")
                .where("date", SearchOperator.LTE, "2025-05-10")))).isEqualTo(uuids(3));
    }

    @Test
    void search_textOperators_ignoreAsciiCase() {
        assertThat(find("category", SearchOperator.LIKE, "phish%")).isEqualTo(uuids(3, 1));
        assertThat(find("event", SearchOperator.CONTAINS, "c2")).isEqualTo(uuids(5));
        assertThat(find("attacker", SearchOperator.STARTS_WITH, "apt"))
                .isEqualTo(uuids(5, 3, 2, 1));
        assertThat(find("indicator", SearchOperator.ENDS_WITH, ".EXAMPLE.NET"))
                .isEqualTo(uuids(5, 2, 1));
        assertThat(find("headline", SearchOperator.CONTAINS, "100%")).isEmpty();
        assertThat(find("tags", SearchOperator.LIKE, "ap_1")).isEqualTo(uuids(5, 2, 1));
        assertThat(find("event", SearchOperator.LIKE, "%C2 channel")).isEqualTo(uuids(5));
        assertThat(find("event", SearchOperator.LIKE, "%c2\\_channel")).isEmpty();
        assertThat(find("event", SearchOperator.CONTAINS, "!")).isEmpty();
    }

    @Test
    void search_severalValuedFields_matchAnyValue() {
        assertThat(find("indicator", SearchOperator.EQUALS, "198.51.100.23"))
                .isEqualTo(uuids(2));
        assertThat(find("indicatorType", SearchOperator.EQUALS, "url")).isEqualTo(uuids(3));
        assertThat(find("indicatorType", SearchOperator.EQUALS, "CIDR")).isEqualTo(uuids(6));
        assertThat(find("mitreAttack", SearchOperator.EQUALS, "t1566.001"))
                .isEqualTo(uuids(1));
        assertThat(find("technique", SearchOperator.STARTS_WITH, "T1071")).isEqualTo(uuids(2));
        assertThat(find("tags", SearchOperator.EQUALS, "apt1")).isEqualTo(uuids(5, 2, 1));
        assertThat(find("tags", SearchOperator.NOT, "apt1")).isEqualTo(uuids(6, 4, 3));
    }

    @Test
    void search_orderedCodes_compareByRank() {
        assertThat(find("killChain", SearchOperator.EQUALS, "delivery")).isEqualTo(uuids(3, 1));
        assertThat(find("killChain", SearchOperator.GTE, "installation"))
                .isEqualTo(uuids(5, 4, 2));
        assertThat(find("tlp", SearchOperator.LTE, "green")).isEqualTo(uuids(6, 4, 1));
        assertThat(find("tlp", SearchOperator.GTE, "amber")).isEqualTo(uuids(5, 3, 2));
        assertThat(find("tlp", SearchOperator.EQUALS, "TLP:RED")).isEqualTo(uuids(3));
    }

    @Test
    void search_freeText_needsEveryWordInHeadlineOrInsight() {
        assertThat(ids(intel.searchEvents(acme, EventSearch.everything()
                .withText("harvesting")))).isEqualTo(uuids(3));
        assertThat(ids(intel.searchEvents(acme, EventSearch.everything()
                .withText("BENEFITS")))).isEqualTo(uuids(1));
        assertThat(ids(intel.searchEvents(acme, EventSearch.everything()
                .withText("beacon seconds")))).isEqualTo(uuids(2));
        assertThat(ids(intel.searchEvents(acme, EventSearch.everything()
                .withText("beacon harvesting")))).isEmpty();
    }

    @Test
    void search_sortedByText_breaksTiesById() {
        EventPage ascending = intel.searchEvents(acme, EventSearch.everything()
                .sortedBy("attacker", SortOrder.ASC));
        EventPage byStage = intel.searchEvents(acme, EventSearch.everything()
                .sortedBy("killChain", SortOrder.DESC));

        assertThat(ids(ascending)).isEqualTo(uuids(6, 1, 2, 5, 3, 4));
        assertThat(ids(byStage)).isEqualTo(uuids(5, 2, 4, 3, 1, 6));
    }

    @Test
    void cursor_eventsInsertedBetweenPages_neitherRepeatNorSkip() {
        EventSearch search = EventSearch.everything().where("tags", SearchOperator.NOT, "late")
                .withPageSize(2);
        EventPage first = intel.searchEvents(acme, search);
        load("apt", List.of(
                event(7).at("2025-05-31T00:00:00Z").indicator(IndicatorType.IPV4, "192.0.2.7")
                        .build(),
                event(8).at("2025-05-03T15:00:00Z").indicator(IndicatorType.IPV4, "192.0.2.8")
                        .build(),
                event(9).at("2025-04-01T00:00:00Z").indicator(IndicatorType.IPV4, "192.0.2.9")
                        .build()));

        EventPage second = intel.searchEvents(acme,
                EventSearch.fromCursor(first.nextCursor().orElseThrow()));
        EventPage third = intel.searchEvents(acme,
                search.withCursor(second.nextCursor().orElseThrow()));
        EventPage fourth = intel.searchEvents(acme,
                search.withCursor(third.nextCursor().orElseThrow()));

        assertThat(ids(first)).isEqualTo(uuids(6, 5));
        assertThat(ids(second)).isEqualTo(uuids(4, 3));
        assertThat(ids(third)).isEqualTo(uuids(8, 2));
        assertThat(ids(fourth)).isEqualTo(uuids(1, 9));
        assertThat(fourth.nextCursor()).isEmpty();
    }

    @Test
    void cursor_acrossDatasets_mergesByKeyThenIdThenDataset() {
        dataset("alpha", Sharing.privately());
        dataset("beta", Sharing.privately());
        load("alpha", List.of(event(11).at("2025-04-01T00:00:00Z").indicator(IndicatorType.IPV4,
                "192.0.2.11").build(), event(13).at("2025-04-03T00:00:00Z")
                .indicator(IndicatorType.IPV4, "192.0.2.13").build(), event(50)
                .at("2025-04-04T00:00:00Z").indicator(IndicatorType.IPV4, "192.0.2.50").build()));
        load("beta", List.of(event(12).at("2025-04-02T00:00:00Z").indicator(IndicatorType.IPV4,
                "192.0.2.12").build(), event(15).at("2025-04-05T00:00:00Z")
                .indicator(IndicatorType.IPV4, "192.0.2.15").build(), event(50)
                .at("2025-04-04T00:00:00Z").indicator(IndicatorType.IPV4, "192.0.2.50").build()));
        EventSearch search = EventSearch.everything().inDatasets("alpha", "beta")
                .sortedBy("date", SortOrder.ASC).withPageSize(2);

        EventPage first = intel.searchEvents(acme, search);
        EventPage second = intel.searchEvents(acme,
                search.withCursor(first.nextCursor().orElseThrow()));
        EventPage third = intel.searchEvents(acme,
                search.withCursor(second.nextCursor().orElseThrow()));

        assertThat(first.events()).extracting(e -> e.dataset() + ":" + e.id())
                .containsExactly("alpha:" + uuid(11), "beta:" + uuid(12));
        assertThat(second.events()).extracting(e -> e.dataset() + ":" + e.id())
                .containsExactly("alpha:" + uuid(13), "alpha:" + uuid(50));
        assertThat(third.events()).extracting(e -> e.dataset() + ":" + e.id())
                .containsExactly("beta:" + uuid(50), "beta:" + uuid(15));
        assertThat(third.nextCursor()).isEmpty();
    }

    @Test
    void search_brokenDatasetStore_reportsItAndKeepsOthers() throws Exception {
        Dataset crime = dataset("crime", Sharing.privately());
        load("crime", List.of(event(20).at("2025-05-20T00:00:00Z")
                .indicator(IndicatorType.IPV4, "192.0.2.20").build()));
        fixture.breakDataset(crime.id());

        EventPage page = intel.searchEvents(acme, EventSearch.everything());

        assertThat(ids(page)).isEqualTo(uuids(6, 5, 4, 3, 2, 1));
        assertThat(page.completeness().complete()).isFalse();
        assertThat(page.completeness().failedDatasets()).containsExactly("crime");
    }

    @Test
    void search_unknownField_namesTermAndKnownFields() {
        assertThatThrownBy(() -> intel.searchEvents(acme, EventSearch.everything()
                .where("attacker", SearchOperator.EQUALS, "APT1")
                .where("actor", SearchOperator.EQUALS, "APT1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("search term 2: unknown field 'actor'; expected one of")
                .hasMessageContaining("attacker, attackerCountry");
    }

    @Test
    void search_badValueOrOperator_namesTheTerm() {
        assertThatThrownBy(() -> intel.searchEvents(acme, EventSearch.everything()
                .where("date", SearchOperator.GTE, "yesterday")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("search term 1 (date gte 'yesterday'): 'yesterday' is"
                        + " not an ISO-8601 date");
        assertThatThrownBy(() -> intel.searchEvents(acme, EventSearch.everything()
                .where("tags", SearchOperator.GT, "a")))
                .hasMessage("search term 1 (tags gt 'a'): this operator does not apply to tags");
        assertThatThrownBy(() -> intel.searchEvents(acme, EventSearch.everything()
                .sortedBy("tags", SortOrder.ASC)))
                .hasMessage("cannot sort by tags: an event has several values");
    }

    @Test
    void cursor_foreignOrMismatched_isRejected() {
        EventSearch search = EventSearch.everything().withPageSize(2);
        String cursor = intel.searchEvents(acme, search).nextCursor().orElseThrow();

        assertThatThrownBy(() -> intel.searchEvents(acme,
                search.withPageSize(3).withCursor(cursor)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the cursor was issued for another search");
        assertThatThrownBy(() -> EventSearch.fromCursor("bm90IGEgY3Vyc29y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the cursor is not one this service issued");
        assertThat(EventSearch.fromCursor(cursor).firstPage()).isEqualTo(search);
    }

    @Test
    void searchTerm_inWithMoreThanHundredValues_isRejected() {
        List<String> values = java.util.stream.IntStream.range(0, 101)
                .mapToObj(i -> "192.0.2." + i).toList();

        assertThatThrownBy(() -> SearchTerm.in("indicator", values))
                .hasMessage("'in' on indicator takes 1 to 100 values; got 101");
    }
}
