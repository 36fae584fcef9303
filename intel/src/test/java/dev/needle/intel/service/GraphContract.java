package dev.needle.intel.service;

import static dev.needle.intel.service.EventBuilder.ioc;
import static dev.needle.intel.service.EventBuilder.ipv4;
import static dev.needle.intel.service.EventBuilder.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ThreatEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pivots and breadth-first graph expansion with a node cap. */
abstract class GraphContract extends IntelContract {

    private static final String BEACON_IP = "indicator:ipv4:198.51.100.23";
    private static final String DOMAIN = "indicator:domain:" + Corpus.C2_DOMAIN;
    private static final String EVENT_1 = "event:" + uuid(1);
    private static final String EVENT_2 = "event:" + uuid(2);
    private static final String EVENT_5 = "event:" + uuid(5);

    @BeforeEach
    void loadCorpus() {
        dataset("apt", Sharing.privately());
        load("apt", Corpus.all());
    }

    @Test
    void pivot_fromAddress_reachesCoIndicatorsAndAttackersOtherEvents() {
        PivotResult pivot = intel.pivot(acme, ipv4("198.51.100.23"), 100);

        assertThat(pivot.events()).extracting(ThreatEvent::id).containsExactly(uuid(2));
        assertThat(pivot.coIndicators()).containsExactly(new LinkedIndicator(
                ioc(IndicatorType.DOMAIN, Corpus.C2_DOMAIN), List.of(uuid(2))));
        assertThat(pivot.attackerEvents()).extracting(ThreatEvent::id)
                .containsExactly(uuid(5), uuid(1));
        assertThat(pivot.completeness()).isEqualTo(Completeness.full());
    }

    @Test
    void pivot_fromSharedDomain_ordersCoIndicatorsByTypeAndValue() {
        PivotResult pivot = intel.pivot(acme,
                ioc(IndicatorType.DOMAIN, Corpus.C2_DOMAIN), 100);

        assertThat(pivot.events()).extracting(ThreatEvent::id)
                .containsExactly(uuid(5), uuid(2), uuid(1));
        assertThat(pivot.coIndicators()).extracting(LinkedIndicator::indicator).containsExactly(
                ipv4("198.51.100.23"), ipv4("198.51.100.24"),
                ioc(IndicatorType.SHA256, Corpus.PHISH_HASH),
                ioc(IndicatorType.EMAIL, "hr-benefits@mail.example.net"));
        assertThat(pivot.attackerEvents()).isEmpty();
    }

    @Test
    void graph_fromAddress_expandsBreadthFirst() {
        EventGraph graph = intel.graph(acme, GraphSeed.indicator(ipv4("198.51.100.23")), 100);

        assertThat(graph.nodes()).extracting(GraphNode::id).containsExactly(
                BEACON_IP, EVENT_2, DOMAIN, "attacker:APT1", "technique:T1071",
                "technique:T1071.001", EVENT_1, EVENT_5,
                "indicator:email:hr-benefits@mail.example.net",
                "indicator:sha256:" + Corpus.PHISH_HASH, "technique:T1566.001",
                "indicator:ipv4:198.51.100.24", "technique:T1041");
        assertThat(graph.edges()).hasSize(15).contains(
                new GraphEdge(BEACON_IP, EVENT_2, "appears_in"),
                new GraphEdge(EVENT_2, EVENT_1, "related_to"),
                new GraphEdge(EVENT_5, "attacker:APT1", "attributed_to"),
                new GraphEdge(EVENT_2, "technique:T1071.001", "uses"),
                new GraphEdge(DOMAIN, EVENT_5, "appears_in"));
        assertThat(graph.truncated()).isFalse();
        assertThat(graph.nodes().get(1).dataset()).contains("apt");
        assertThat(graph.nodes().get(1).label()).isEqualTo("Beacon to command-and-control server");
    }

    @Test
    void graph_nodeCap_stopsAndKeepsEdgesAmongKeptNodes() {
        EventGraph graph = intel.graph(acme, GraphSeed.indicator(ipv4("198.51.100.23")), 4);

        assertThat(graph.nodes()).extracting(GraphNode::id)
                .containsExactly(BEACON_IP, EVENT_2, DOMAIN, "attacker:APT1");
        assertThat(graph.edges()).containsExactly(
                new GraphEdge(BEACON_IP, EVENT_2, "appears_in"),
                new GraphEdge(DOMAIN, EVENT_2, "appears_in"),
                new GraphEdge(EVENT_2, "attacker:APT1", "attributed_to"));
        assertThat(graph.truncated()).isTrue();
    }

    @Test
    void graph_fromTechnique_reachesItsEventsFirst() {
        EventGraph graph = intel.graph(acme, GraphSeed.technique("T1566.002"), 3);

        assertThat(graph.nodes()).extracting(GraphNode::id).containsExactly(
                "technique:T1566.002", "event:" + uuid(3),
                "indicator:url:http://login.example.org/owa");
        assertThat(graph.edges()).contains(
                new GraphEdge("event:" + uuid(3), "technique:T1566.002", "uses"));
    }

    @Test
    void graph_unknownSeeds_giveEmptyGraphs() {
        assertThat(intel.graph(acme, GraphSeed.attacker("Lazarus Group"), 50).nodes()).isEmpty();
        assertThat(intel.graph(acme, GraphSeed.event(uuid(99)), 50).nodes()).isEmpty();
        assertThat(intel.graph(acme, GraphSeed.indicator(ipv4("192.0.2.250")), 50).edges())
                .isEmpty();
    }
}
