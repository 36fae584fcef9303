package dev.needle.analyst.plan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names, common short names and demonyms to ISO 3166 alpha-2 codes: "Germany", "German",
 * "the UK", "USA". Names come from the JDK's English display names, plus the aliases below.
 */
final class Places {

    private static final Map<String, String> BY_NAME = names();

    private Places() {
    }

    /** The country a question names, and the words that named it, longest name first. */
    static Optional<Found> find(Words words) {
        for (int length = 4; length >= 1; length--) {
            for (int i = 0; i + length <= words.size(); i++) {
                String name = String.join(" ", words.list().subList(i, i + length));
                String code = BY_NAME.get(name);
                if (code != null) {
                    return Optional.of(new Found(code, name));
                }
            }
        }
        return Optional.empty();
    }

    /** A country found: its code and the words as they stood. */
    record Found(String code, String words) {
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT);
            names.put(name, code);
        }
        String[][] aliases = {
            {"usa", "US"}, {"us", "US"}, {"u.s.", "US"}, {"america", "US"}, {"american", "US"},
            {"united states of america", "US"}, {"uk", "GB"}, {"britain", "GB"},
            {"great britain", "GB"}, {"british", "GB"}, {"england", "GB"},
            {"russia", "RU"}, {"russian", "RU"}, {"china", "CN"}, {"chinese", "CN"},
            {"prc", "CN"}, {"german", "DE"}, {"french", "FR"}, {"japanese", "JP"},
            {"korean", "KR"}, {"south korea", "KR"}, {"north korea", "KP"},
            {"north korean", "KP"}, {"dprk", "KP"}, {"iranian", "IR"}, {"iran", "IR"},
            {"indian", "IN"}, {"brazilian", "BR"}, {"dutch", "NL"}, {"netherlands", "NL"},
            {"holland", "NL"}, {"ukrainian", "UA"}, {"vietnamese", "VN"}, {"vietnam", "VN"},
            {"italian", "IT"}, {"spanish", "ES"}, {"canadian", "CA"}, {"australian", "AU"},
            {"israeli", "IL"}, {"turkish", "TR"}, {"turkey", "TR"}, {"polish", "PL"},
            {"swedish", "SE"}, {"singaporean", "SG"}, {"taiwanese", "TW"}, {"taiwan", "TW"},
            {"mexican", "MX"}, {"romanian", "RO"}, {"indonesian", "ID"}, {"pakistani", "PK"},
            {"saudi", "SA"}, {"saudi arabia", "SA"}, {"emirati", "AE"}, {"uae", "AE"},
        };
        for (String[] alias : aliases) {
            names.put(alias[0], alias[1]);
        }
        // Words that are country names or codes elsewhere but ordinary English here.
        for (String word : new String[] {"in", "it", "is", "to", "no", "me", "be", "at", "by",
                "do", "so", "an", "as", "id", "my", "am", "us", "pm", "ma", "co", "uk", "ca"}) {
            if (!word.equals("us") && !word.equals("uk")) {
                names.remove(word);
            }
        }
        names.remove("us");
        names.put("the us", "US");
        return Map.copyOf(names);
    }
}
