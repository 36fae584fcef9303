package dev.needle.bench.intel;

import java.util.List;

/**
 * An actor events are attributed to: an ATT&CK group, the country generated events give it,
 * and the techniques ATT&CK records it as using.
 *
 * @param name the group's ATT&CK name
 * @param country a made-up ISO 3166 alpha-2 code, not an attribution
 * @param techniques the ids of the group's active techniques; may be empty
 */
record Attacker(String name, String country, List<String> techniques) {

    Attacker {
        techniques = List.copyOf(techniques);
    }
}
