package dev.needle.analyst.plan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends typos in a question before it is read and compared: a word of six letters or more that
 * the planner does not know, one edit away from exactly one word it knows, becomes that word
 * ("suspicous" is "suspicious"). The known words are those of the intent examples and the
 * readers' keywords. Words with digits, dots or capitals inside are left alone: they may be
 * addresses or names.
 */
final class Spelling {

    private static final Pattern WORD = Pattern.compile(
            "(?<![\\w.@/:\\[-])[a-z]{6,}(?![\\w.@/:\\]-])");
    private static final Set<String> EXTRA = Set.of(
            "activity", "address", "addresses", "agents", "american", "anything", "attacker",
            "attackers", "banking", "blocklist", "brazil", "british", "browsers", "canada",
            "chinese", "client", "clients", "command", "control", "countries", "country",
            "crawlers", "defence", "defense", "delivery", "domains", "education", "endpoint",
            "endpoints", "energy", "errors", "events", "exfiltration", "exploitation", "finance",
            "financial", "forbidden", "france", "german", "germany", "government", "hashes",
            "healthcare", "hospital", "hospitality", "hospitals", "hostnames", "hourly",
            "indicator", "indicators", "industries", "industry", "installation", "instead",
            "iranian", "israel", "japanese", "korean", "logistics", "malicious", "manufacturing",
            "medical", "method", "methods", "military", "minute", "minutes", "netherlands",
            "network", "networks", "objectives", "persistence", "poland", "progressed",
            "providers", "reconnaissance", "referer", "referers", "referrer", "referrers",
            "request", "requests", "resources", "retail", "routes", "russia", "russian", "seconds",
            "sector", "server", "servers", "stages", "status", "statuses", "suspicious", "sweden",
            "targeting", "technique", "techniques", "technology", "telecom", "telecommunications",
            "transportation", "ukraine", "unauthorized", "universities", "utilities", "vertical",
            "weaponisation", "weaponization", "yesterday");

    private final Map<String, String> known;

    private Spelling(Map<String, String> known) {
        this.known = known;
    }

    /** A speller that knows the words of {@code texts} and the readers' keywords. */
    static Spelling knowing(Iterable<String> texts) {
        Map<String, String> known = new HashMap<>();
        for (String text : texts) {
            for (String word : Words.of(text).list()) {
                known.put(word, word);
            }
        }
        EXTRA.forEach(word -> known.put(word, word));
        return new Spelling(known);
    }

    /** The text with mended words; everything else as typed. */
    String mend(String text) {
        Matcher matcher = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(mended(word)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String mended(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (known.containsKey(lower)) {
            return word;
        }
        String only = null;
        for (String candidate : known.keySet()) {
            if (Math.abs(candidate.length() - lower.length()) <= 1 && candidate.length() >= 5
                    && Words.matches(lower, candidate)) {
                if (only != null && !only.equals(candidate)) {
                    return word;
                }
                only = candidate;
            }
        }
        return only == null ? word : only;
    }
}
