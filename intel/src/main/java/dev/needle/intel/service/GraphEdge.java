package dev.needle.intel.service;

import java.util.Objects;

/**
 * A directed edge of the event graph. Relationships: {@code appears_in} (indicator to event),
 * {@code attributed_to} (event to attacker), {@code uses} (event to technique) and
 * {@code related_to} (event to event).
 *
 * @param source the id of the node it leaves
 * @param target the id of the node it enters
 * @param relationship what the edge means
 */
public record GraphEdge(String source, String target, String relationship) {

    public GraphEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relationship, "relationship");
    }
}
