package dev.needle.analyst.plan;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises attacker names in a question: the names stored in intel, well-known group names
 * and aliases, and numbered group designations such as APT41, FIN7, UNC2452 or TA505. Spaces,
 * hyphens and case do not matter: "black basta" is BlackBasta.
 */
final class AttackerNames {

    private static final Pattern NUMBERED = Pattern.compile(
            "\\b(apt|fin|unc|ta|temp\\.|dev-|storm-)\\s?-?(\\d{1,4})\\b");
    private static final String[][] WELL_KNOWN = {
        {"APT1", "comment crew", "comment panda"}, {"APT28", "fancy bear", "sofacy"},
        {"APT29", "cozy bear", "nobelium", "midnight blizzard"}, {"Lazarus Group", "lazarus"},
        {"BlackBasta", "black basta"}, {"Sandworm", "sandworm team"}, {"Turla"},
        {"Kimsuky"}, {"LockBit", "lock bit"}, {"Conti"}, {"Cl0p", "clop"},
        {"ALPHV", "blackcat"}, {"Scattered Spider"}, {"Volt Typhoon"}, {"Salt Typhoon"},
        {"Charming Kitten", "apt35"}, {"OilRig", "apt34"}, {"MuddyWater"}, {"Carbanak"},
        {"Wizard Spider"}, {"Evil Corp"}, {"Equation Group", "equation"}, {"Gamaredon"},
    };

    private final Map<String, String> byKey;

    private AttackerNames(Map<String, String> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /** The well-known names and those stored, the stored spelling winning. */
    static AttackerNames with(Collection<String> stored) {
        Map<String, String> keys = new HashMap<>();
        for (String[] group : WELL_KNOWN) {
            for (String name : group) {
                keys.put(key(name), group[0]);
            }
        }
        for (String name : stored) {
            if (key(name).length() >= 3) {
                keys.put(key(name), name);
            }
        }
        return new AttackerNames(keys);
    }

    /** The first attacker the question names. */
    Optional<String> find(Question question, Words words) {
        for (int length = 3; length >= 1; length--) {
            for (int i = 0; i + length <= words.size(); i++) {
                String name = byKey.get(key(String.join("", words.list().subList(i, i + length))));
                if (name != null) {
                    return Optional.of(name);
                }
            }
        }
        Matcher numbered = NUMBERED.matcher(question.rest());
        if (numbered.find()) {
            String prefix = numbered.group(1).replace(".", "").replace("-", "");
            String name = prefix.toUpperCase(Locale.ROOT) + numbered.group(2);
            return Optional.of(byKey.getOrDefault(key(name), name));
        }
        return Optional.empty();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_.-]", "");
    }
}
