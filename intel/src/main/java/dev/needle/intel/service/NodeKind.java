package dev.needle.intel.service;

/** What a node of the event graph stands for. */
public enum NodeKind {
    EVENT("event"),
    INDICATOR("indicator"),
    ATTACKER("attacker"),
    TECHNIQUE("technique");

    private final String prefix;

    NodeKind(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix of node ids of this kind, such as {@code indicator}. */
    public String prefix() {
        return prefix;
    }

    /** The node id for a key of this kind, such as {@code attacker:APT1}. */
    public String nodeId(String key) {
        return prefix + ":" + key;
    }
}
