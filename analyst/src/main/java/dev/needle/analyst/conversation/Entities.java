package dev.needle.analyst.conversation;

import java.util.List;

/**
 * The things an answer named, by kind, in the order it listed them: what "these IPs", "them" or
 * "that actor" in the next question refer to.
 *
 * @param ips IP addresses, canonical text
 * @param paths request paths
 * @param attackers attacker names as stored
 * @param indicators other indicators, canonical text
 */
public record Entities(List<String> ips, List<String> paths, List<String> attackers,
        List<String> indicators) {

    /** The most entities of one kind kept; a reference to "these" means at most this many. */
    public static final int MAX_PER_KIND = 100;

    public Entities {
        ips = cap(ips);
        paths = cap(paths);
        attackers = cap(attackers);
        indicators = cap(indicators);
    }

    /** No entities. */
    public static Entities none() {
        return new Entities(List.of(), List.of(), List.of(), List.of());
    }

    /** Whether no kind holds anything. */
    public boolean isEmpty() {
        return ips.isEmpty() && paths.isEmpty() && attackers.isEmpty() && indicators.isEmpty();
    }

    private static List<String> cap(List<String> values) {
        List<String> copy = List.copyOf(values);
        return copy.size() > MAX_PER_KIND ? copy.subList(0, MAX_PER_KIND) : copy;
    }
}
