package dev.needle.intel.service;

import java.util.List;
import java.util.Objects;

/**
 * The neighbourhood of a seed, expanded breadth first: nodes in the order they were reached
 * (the seed first), and the edges among them.
 *
 * @param nodes the nodes, at most the requested cap
 * @param edges the edges between those nodes
 * @param truncated whether the cap stopped the expansion
 * @param completeness whether every dataset store answered
 */
public record EventGraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated,
        Completeness completeness) {

    /** The largest node cap. */
    public static final int MAX_NODES = 1000;

    public EventGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Objects.requireNonNull(completeness, "completeness");
    }
}
