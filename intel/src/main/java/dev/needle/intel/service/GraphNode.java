package dev.needle.intel.service;

import java.util.Objects;
import java.util.Optional;

/**
 * A node of the event graph.
 *
 * @param id {@code kind:key}, such as {@code event:<uuid>} or {@code indicator:ipv4:192.0.2.1}
 * @param kind what it stands for
 * @param label a short text to show: the headline, the indicator value, the name or id
 * @param dataset the dataset of an event node; empty for other kinds
 */
public record GraphNode(String id, NodeKind kind, String label, Optional<String> dataset) {

    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(dataset, "dataset");
    }
}
