package dev.needle.intel.attack;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ATT&CK Enterprise technique or sub-technique.
 *
 * @param id the ATT&CK id, such as {@code T1059} or {@code T1059.001}
 * @param name the name, such as {@code PowerShell}
 * @param tactics the short names of the tactics it serves, such as {@code execution}
 * @param parentId the technique a sub-technique belongs to
 * @param platforms the platforms it applies to
 * @param deprecated whether MITRE deprecated it
 * @param revoked whether MITRE revoked it, usually in favour of another technique
 */
public record Technique(String id, String name, List<String> tactics, Optional<String> parentId,
        List<String> platforms, boolean deprecated, boolean revoked) {

    public Technique {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        tactics = List.copyOf(tactics);
        platforms = List.copyOf(platforms);
        Objects.requireNonNull(parentId, "parentId");
    }

    /** Whether this is a sub-technique such as {@code T1059.001}. */
    public boolean subtechnique() {
        return parentId.isPresent();
    }

    /** Whether the technique is current: neither deprecated nor revoked. */
    public boolean active() {
        return !deprecated && !revoked;
    }
}
