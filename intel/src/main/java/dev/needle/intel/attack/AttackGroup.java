package dev.needle.intel.attack;

import java.util.List;

/**
 * An ATT&CK group (a STIX intrusion set): a cluster of activity tracked under one name.
 *
 * @param id the ATT&CK id, such as {@code G0016}
 * @param name the name ATT&CK uses, such as {@code APT29}
 * @param aliases other names for it, such as {@code Cozy Bear} and {@code The Dukes}
 * @param deprecated whether MITRE deprecated it
 * @param revoked whether MITRE revoked it, usually merging it into another group
 */
public record AttackGroup(String id, String name, List<String> aliases, boolean deprecated,
        boolean revoked) {

    public AttackGroup {
        aliases = List.copyOf(aliases);
    }

    /** Whether the group is current: neither deprecated nor revoked. */
    public boolean active() {
        return !deprecated && !revoked;
    }
}
