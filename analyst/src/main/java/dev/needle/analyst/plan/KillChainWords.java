package dev.needle.analyst.plan;

import java.util.Optional;

/** Lockheed Martin's kill-chain stages as people name them. */
final class KillChainWords {

    private static final String[][] STAGES = {
        {"reconnaissance", "reconnaissance", "recon", "scouting"},
        {"weaponization", "weaponization", "weaponisation", "weaponized"},
        {"delivery", "delivery", "delivered"},
        {"exploitation", "exploitation", "exploited"},
        {"installation", "installation", "installed", "persistence"},
        {"command-and-control", "command-and-control", "c2", "c&c", "cnc", "command and control"},
        {"actions-on-objectives", "actions-on-objectives", "actions on objectives",
            "exfiltration"},
    };

    private KillChainWords() {
    }

    /** The stage a question names. */
    static Optional<String> find(Words words, String lowerText) {
        for (String[] stage : STAGES) {
            for (int i = 1; i < stage.length; i++) {
                String word = stage[i];
                boolean found = word.contains(" ") ? words.hasPhrase(word)
                        : word.contains("&") ? lowerText.contains(word) : words.has(word);
                if (found) {
                    return Optional.of(stage[0]);
                }
            }
        }
        return Optional.empty();
    }
}
