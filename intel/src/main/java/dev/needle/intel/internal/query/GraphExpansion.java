package dev.needle.intel.internal.query;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.internal.store.EventQuery;
import dev.needle.intel.internal.store.StoredEvent;
import dev.needle.intel.service.EventGraph;
import dev.needle.intel.service.GraphEdge;
import dev.needle.intel.service.GraphNode;
import dev.needle.intel.service.GraphSeed;
import dev.needle.intel.service.NodeKind;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;

/**
 * Breadth-first expansion of the event graph from a seed, up to a node cap.
 *
 * <p>An event's neighbours are its indicators, attacker, techniques and related events, in that
 * order; an indicator's, attacker's or technique's neighbours are its events, newest first.
 * Once the cap is reached no node is added, but edges between nodes already present are still
 * drawn from the events in the queue. A seed that reaches no event the reader may see gives an
 * empty graph.
 */
public final class GraphExpansion {

    private final EventSource source;
    private final int maxNodes;
    private final CompletenessTally tally = new CompletenessTally();
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final Set<GraphEdge> edges = new LinkedHashSet<>();
    private final Map<String, ThreatEvent> events = new HashMap<>();
    private final Queue<GraphNode> queue = new ArrayDeque<>();
    private boolean truncated;
    private boolean reachedEvent;

    public GraphExpansion(EventSource source, int maxNodes) {
        this.source = source;
        this.maxNodes = maxNodes;
    }

    /** Expands from {@code seed}. */
    public EventGraph from(GraphSeed seed) {
        Optional<GraphNode> start = seedNode(seed);
        if (start.isEmpty()) {
            return empty();
        }
        add(start.get());
        reachedEvent = start.get().kind() == NodeKind.EVENT;
        expand(queue.poll(), false);
        if (!reachedEvent) {
            return empty();
        }
        while (!queue.isEmpty()) {
            expand(queue.poll(), nodes.size() >= maxNodes);
        }
        return new EventGraph(List.copyOf(nodes.values()), List.copyOf(edges), truncated,
                tally.result());
    }

    private Optional<GraphNode> seedNode(GraphSeed seed) {
        return switch (seed.kind()) {
            case EVENT -> eventsWhere(SearchTerm.of("uuid", SearchOperator.EQUALS,
                    UUID.fromString(seed.key()).toString()), 1).stream().findFirst()
                    .map(this::eventNode);
            case INDICATOR -> Optional.of(indicatorNode(parseIndicator(seed.key())));
            case ATTACKER, TECHNIQUE -> Optional.of(new GraphNode(seed.nodeId(), seed.kind(),
                    seed.key(), Optional.empty()));
        };
    }

    /** Adds a node's neighbours; when {@code full}, only edges that need no query. */
    private void expand(GraphNode node, boolean full) {
        if (node.kind() == NodeKind.EVENT) {
            expandEvent(events.get(node.id()), full);
            return;
        }
        if (full) {
            truncated = true;
            return;
        }
        switch (node.kind()) {
            case INDICATOR -> eventsOf(node, EventQuery.newest(List.of(), maxNodes)
                    .withIndicator(parseIndicator(node.id().substring(
                            NodeKind.INDICATOR.prefix().length() + 1))), "appears_in", true);
            case ATTACKER -> eventsOf(node, EventQuery.newest(List.of(SearchTerm.of("attacker",
                    SearchOperator.EQUALS, node.label())), maxNodes), "attributed_to", false);
            case TECHNIQUE -> eventsOf(node, EventQuery.newest(List.of(SearchTerm.of(
                    "mitreAttack", SearchOperator.EQUALS, node.label())), maxNodes), "uses",
                    false);
            case EVENT -> throw new IllegalStateException("event nodes are expanded above");
        }
    }

    private void expandEvent(ThreatEvent event, boolean full) {
        String id = NodeKind.EVENT.nodeId(event.id().toString());
        for (Indicator indicator : event.indicators()) {
            GraphNode node = indicatorNode(indicator);
            link(node, new GraphEdge(node.id(), id, "appears_in"));
        }
        if (!event.attacker().isEmpty()) {
            link(named(NodeKind.ATTACKER, event.attacker()),
                    new GraphEdge(id, NodeKind.ATTACKER.nodeId(event.attacker()),
                            "attributed_to"));
        }
        for (String technique : event.techniques()) {
            link(named(NodeKind.TECHNIQUE, technique),
                    new GraphEdge(id, NodeKind.TECHNIQUE.nodeId(technique), "uses"));
        }
        relatedEvents(event, id, full);
    }

    private void relatedEvents(ThreatEvent event, String id, boolean full) {
        List<String> missing = new ArrayList<>();
        for (UUID related : event.relatedEvents()) {
            String relatedId = NodeKind.EVENT.nodeId(related.toString());
            if (nodes.containsKey(relatedId)) {
                edges.add(new GraphEdge(id, relatedId, "related_to"));
            } else {
                missing.add(related.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        if (full) {
            truncated = true;
            return;
        }
        List<String> lookup = missing.subList(0, Math.min(missing.size(),
                SearchTerm.MAX_IN_VALUES));
        for (ThreatEvent found : eventsWhere(SearchTerm.in("uuid", lookup), lookup.size())) {
            GraphNode node = eventNode(found);
            link(node, new GraphEdge(id, node.id(), "related_to"));
        }
    }

    /** Adds a node's events, each linked to the node by an edge of this relationship. */
    private void eventsOf(GraphNode node, EventQuery query, String relationship,
            boolean fromNode) {
        for (ThreatEvent event : events(query)) {
            reachedEvent = true;
            GraphNode eventNode = eventNode(event);
            GraphEdge edge = fromNode
                    ? new GraphEdge(node.id(), eventNode.id(), relationship)
                    : new GraphEdge(eventNode.id(), node.id(), relationship);
            link(eventNode, edge);
        }
    }

    /** Adds the edge, and the node first when it is new and the cap allows. */
    private void link(GraphNode node, GraphEdge edge) {
        if (!nodes.containsKey(node.id())) {
            if (nodes.size() >= maxNodes) {
                truncated = true;
                return;
            }
            add(node);
        }
        edges.add(edge);
    }

    private void add(GraphNode node) {
        nodes.put(node.id(), node);
        queue.add(node);
    }

    private GraphNode eventNode(ThreatEvent event) {
        String id = NodeKind.EVENT.nodeId(event.id().toString());
        events.putIfAbsent(id, event);
        String label = event.headline().isEmpty() ? event.category() : event.headline();
        return new GraphNode(id, NodeKind.EVENT, label, Optional.of(event.dataset()));
    }

    private static GraphNode indicatorNode(Indicator indicator) {
        return new GraphNode(NodeKind.INDICATOR.nodeId(indicator.toString()),
                NodeKind.INDICATOR, indicator.value(), Optional.empty());
    }

    private static GraphNode named(NodeKind kind, String name) {
        return new GraphNode(kind.nodeId(name), kind, name, Optional.empty());
    }

    private List<ThreatEvent> eventsWhere(SearchTerm term, int limit) {
        return events(EventQuery.newest(List.of(term), limit));
    }

    private List<ThreatEvent> events(EventQuery query) {
        EventFinder.Found found = source.find(query);
        tally.add(found.completeness());
        return found.events().stream().map(StoredEvent::event).toList();
    }

    private EventGraph empty() {
        return new EventGraph(List.of(), List.of(), false, tally.result());
    }

    /** Reads {@code type:value}, as indicator node keys and seeds write it. */
    private static Indicator parseIndicator(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            throw new IllegalArgumentException("indicator seed '" + key
                    + "' is not type:value, such as ipv4:192.0.2.1");
        }
        return new Indicator(IndicatorType.parse(key.substring(0, colon)),
                key.substring(colon + 1));
    }
}
