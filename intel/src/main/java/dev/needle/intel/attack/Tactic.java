package dev.needle.intel.attack;

/**
 * An ATT&CK Enterprise tactic, the adversary's goal for a step.
 *
 * @param id the ATT&CK id, such as {@code TA0002}
 * @param shortname the kill-chain phase name techniques use, such as {@code execution}
 * @param name the display name, such as {@code Execution}
 * @param order the position in the Enterprise matrix, 1 for reconnaissance to 14 for impact
 */
public record Tactic(String id, String shortname, String name, int order) {
}
