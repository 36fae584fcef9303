package dev.needle.analyst;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.traffic.Bucket;
import dev.needle.traffic.Series;
import dev.needle.traffic.TrafficQuery;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tools behind the intel and spike questions, on the fixture's real and hand-made data. */
class IntelToolsTest extends OnFixture {

    private static Answer ask(String question) {
        return node.analyst.ask(node.blue, Optional.empty(), question);
    }

    @Test
    void killChain_listsStagesInOrderWithTheirDaysAndTechniques() {
        Answer answer = ask("how has Crew X progressed across the kill chain?");
        assertThat(answer.evidence().get(0).call())
                .hasToString("intel_actor_timeline(attacker=Crew X)");
        assertThat(answer.table().rows()).containsExactly(
                Map.of("stage", "reconnaissance", "first", "2025-01-01", "last", "2025-01-01",
                        "events", 1L, "techniques", "T1595"),
                Map.of("stage", "delivery", "first", "2025-01-05", "last", "2025-01-06",
                        "events", 2L, "techniques", "T1566"),
                Map.of("stage", "exploitation", "first", "2025-02-01", "last", "2025-02-01",
                        "events", 1L, "techniques", "T1190"));
        assertThat(answer.text()).contains("reached 3 of 7 kill-chain stages over 5 event(s)")
                .contains("the furthest is exploitation").contains("1 event(s) have no stage");
    }

    @Test
    void thatActor_followUp_takesTheAttackerOfTheLastAnswer() {
        Answer events = ask("show events for Crew X");
        Answer timeline = node.analyst.ask(node.blue, Optional.of(events.conversation()),
                "how has that actor progressed across the kill chain?");
        assertThat(timeline.evidence().get(0).call().arg("attacker")).contains("Crew X");
    }

    @Test
    void newTechniques_areThoseFirstSeenInTheLastThirtyDaysOfIntel() {
        Answer answer = node.analyst.ask(node.red, Optional.empty(),
                "what new techniques are attackers using?");
        assertThat(answer.table().rows()).isEmpty();
        Answer blue = ask("what new techniques are attackers using in the last 30 days?");
        // The newest event the caller sees is 2025-02-02; the 30 days before start on 3 January,
        // so T1595 (1 January) is old, T1566 (5 January) and T1190 (1 February) are new.
        assertThat(blue.table().rows()).extracting(row -> row.get("technique"))
                .containsExactly("T1190", "T1566");
        assertThat(blue.table().rows().get(1)).containsEntry("first_seen", "2025-01-05")
                .containsEntry("events", 2L).containsEntry("name", "Phishing");
    }

    @Test
    void targeting_findsTheAttackerByIndustryAndCountry() {
        Answer industry = ask("who is targeting the finance industry?");
        assertThat(industry.table().rows()).containsExactly(
                Map.of("attacker", CrewEvents.ATTACKER, "events", 5L));
        Answer country = ask("which threat actors target Germany?");
        assertThat(country.evidence().get(0).call().arg("country")).contains("DE");
        assertThat(country.table().rows()).extracting(row -> row.get("attacker"))
                .containsExactly(CrewEvents.ATTACKER);
    }

    @Test
    void blocklist_putsTheFeodoAddressSeenInTrafficFirst() {
        Answer answer = ask("what are the most relevant indicators to block right now?");
        Map<String, Object> first = answer.table().rows().get(0);
        assertThat(first).containsEntry("value", Fixture.FEODO_IP)
                .containsEntry("requests_seen", (long) Fixture.FEODO_REQUESTS)
                .containsEntry("datasets", "feodo");
        assertThat(answer.table().rows()).hasSize(20).allSatisfy(row ->
                assertThat(row.get("type")).isIn("ipv4", "ipv6", "cidr", "domain", "url"));
    }

    @Test
    void spike_withoutATime_explainsTheBusiestHour() {
        Answer answer = ask("why did traffic spike?");
        Series.Point busiest = node.traffic.series(Bucket.HOUR, Optional.empty(),
                TrafficQuery.all(), 1).get(0).points().stream()
                .max(Comparator.comparingLong(Series.Point::count)).orElseThrow();
        assertThat(answer.text()).startsWith("From " + busiest.time() + " to "
                + busiest.time().plusSeconds(3600) + ": " + busiest.count() + " requests");
        Instant before = busiest.time().minusSeconds(3 * 3600);
        long baseline = node.traffic.count(TrafficQuery.all().between(before, busiest.time()));
        assertThat(answer.text()).contains("against " + Math.round(baseline / 3.0) + " an hour");
        List<Map<String, Object>> ips = answer.table().rows().stream()
                .filter(row -> row.get("field").equals("ip")).toList();
        assertThat(ips).isNotEmpty().allSatisfy(row -> assertThat((double) row.get("growth"))
                .isPositive());
    }
}
