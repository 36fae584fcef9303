package dev.needle.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.traffic.TopEntry;
import dev.needle.traffic.TrafficField;
import dev.needle.traffic.TrafficQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalystTest extends OnFixture {

    @Test
    void topFiveIps_equalsTrafficTopList() {
        Answer answer = node.analyst.ask(node.blue, Optional.empty(),
                "what are the top 5 IP addresses?");
        List<TopEntry> top = node.traffic.top(TrafficField.IP, TrafficQuery.all(), 5);
        assertThat(answer.table().rows()).containsExactlyElementsOf(top.stream()
                .map(e -> Map.<String, Object>of("ip", e.value(), "count", e.count())).toList());
        assertThat(answer.evidence()).singleElement().satisfies(e -> {
            assertThat(e.call()).hasToString("traffic_top(field=ip, limit=5)");
            assertThat(e.rowsConsidered()).isEqualTo(node.traffic.count(TrafficQuery.all()));
        });
    }

    @Test
    void followUps_refineThenCheckTheListedIpsAgainstIntel() {
        Answer first = node.analyst.ask(node.blue, Optional.empty(),
                "top 5 IPs hitting the login page");
        Answer focused = node.analyst.ask(node.blue, Optional.of(first.conversation()),
                "what about POST requests only?");
        assertThat(focused.evidence().get(0).call().arg("where"))
                .contains("path = *login* and method = POST");
        Answer checked = node.analyst.ask(node.blue, Optional.of(first.conversation()),
                "are any of these known to be malicious?");
        List<Object> listed = focused.table().rows().stream().map(row -> row.get("ip")).toList();
        assertThat(checked.evidence().get(0).call().tool()).isEqualTo("intel_match");
        assertThat(checked.evidence().get(0).call().arg("values").orElseThrow().split(","))
                .containsExactlyElementsOf(listed.stream().map(String::valueOf).toList());
        assertThat(listed).contains(Fixture.FEODO_IP);
        assertThat(checked.table().rows()).filteredOn(row -> row.get("value")
                .equals(Fixture.FEODO_IP)).singleElement()
                .satisfies(row -> assertThat(row.get("known")).isEqualTo(true));
        assertThat(node.analyst.history(node.blue, first.conversation())).hasSize(3);
        Answer later = node.analyst.ask(node.blue, Optional.of(first.conversation()),
                "what about the last hour?");
        assertThat(later.evidence().get(0).call()).hasToString("traffic_top(field=ip, limit=5,"
                + " range=last 1h, where=path = *login* and method = POST)");
    }

    @Test
    void lookup_ofFeodoAddress_joinsIntelAndTraffic() {
        Answer answer = node.analyst.ask(node.blue, Optional.empty(),
                "what do we know about " + Fixture.FEODO_IP + "?");
        assertThat(answer.evidence().get(0).call())
                .hasToString("indicator_lookup(value=" + Fixture.FEODO_IP + ")");
        assertThat(answer.text()).contains("is known to intel").contains("feodo")
                .contains(Fixture.FEODO_REQUESTS + " request(s)");
    }

    @Test
    void lookup_ofAnAddressInsideAKnownNetwork_namesTheNetworkAndItsAttacker() {
        Answer answer = node.analyst.ask(node.blue, Optional.empty(),
                "what do we know about 223.167.1.1?");
        assertThat(answer.text()).startsWith("223.167.1.1 is known to intel through"
                + " 223.166.0.0/15: 1 event(s) in apt1, attacker APT1");
    }

    @Test
    void otherOrganisation_seesNoIntelAndNoConversation() {
        Answer blue = node.analyst.ask(node.blue, Optional.empty(), "show events for APT1");
        assertThat(blue.table().rows()).isNotEmpty();
        Answer red = node.analyst.ask(node.red, Optional.empty(), "show events for APT1");
        assertThat(red.table().rows()).isEmpty();
        assertThat(red.text()).isEqualTo("No events you can see match.");
        Answer lookup = node.analyst.ask(node.red, Optional.empty(),
                "what do we know about " + Fixture.FEODO_IP);
        assertThat(lookup.text()).contains("is not known to the intel you can see");
        assertThatThrownBy(() -> node.analyst.ask(node.red, Optional.of(blue.conversation()),
                "and the last hour?")).isInstanceOf(ConversationNotFoundException.class)
                .hasMessage(new ConversationNotFoundException(blue.conversation()).getMessage());
        assertThatThrownBy(() -> node.analyst.history(node.red, blue.conversation()))
                .isInstanceOf(ConversationNotFoundException.class);
    }

    @Test
    void unknownConversation_isNotFound() {
        assertThatThrownBy(() -> node.analyst.ask(node.blue, Optional.of("no-such-id"), "hi"))
                .isInstanceOf(ConversationNotFoundException.class)
                .hasMessageContaining("no-such-id");
    }

    @Test
    void badQuestions_getAClearAnswerBack() {
        assertThat(node.analyst.ask(node.blue, Optional.empty(), "   ").text())
                .startsWith("Ask me about your traffic");
        Answer huge = node.analyst.ask(node.blue, Optional.empty(), "top ips ".repeat(12_800));
        assertThat(huge.asks()).isTrue();
        assertThat(huge.text()).contains("characters long");
        assertThat(huge.question()).hasSizeLessThan(2100);
        Answer french = node.analyst.ask(node.blue, Optional.empty(),
                "Quelles sont les adresses IP les plus actives ?");
        assertThat(french.asks()).isTrue();
        assertThat(french.text()).contains("English");
    }

    @Test
    void instructionsInAUserAgent_areDataNotOrders() {
        Answer answer = node.analyst.ask(node.blue, Optional.empty(), "top 50 user agents");
        assertThat(answer.evidence()).extracting(e -> e.call().tool())
                .containsExactly("traffic_top");
        assertThat(answer.table().rows()).anySatisfy(row ->
                assertThat(row.get("ua")).isEqualTo(Fixture.HOSTILE_UA));
        Answer next = node.analyst.ask(node.blue, Optional.of(answer.conversation()),
                "and in the last hour?");
        assertThat(next.evidence()).extracting(e -> e.call().tool())
                .containsExactly("traffic_top");
    }

    @Test
    void badArgument_isReportedInTheAnswer() {
        Answer answer = node.analyst.ask(node.blue, Optional.empty(), "top 5000 paths");
        assertThat(answer.evidence()).singleElement().satisfies(e ->
                assertThat(e.error()).contains("traffic_top: argument limit = '5000' must be a"
                        + " whole number from 1 to 1000"));
    }
}
