package dev.needle.analyst.plan;

import dev.needle.traffic.TrafficField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The words that name a traffic field in a question: "IP addresses", "pages", "user agents". */
final class FieldWords {

    private static final Map<TrafficField, String[]> WORDS = words();

    private FieldWords() {
    }

    /** The field named first in the question, with where it was named. */
    static Optional<TrafficField> first(Words words) {
        TrafficField best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Map.Entry<TrafficField, String[]> entry : WORDS.entrySet()) {
            for (String phrase : entry.getValue()) {
                int at = phrase.contains(" ") ? phraseAt(words, phrase) : words.indexOf(phrase);
                if (at >= 0 && at < bestAt) {
                    best = entry.getKey();
                    bestAt = at;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether {@code word} alone names a field. */
    static boolean names(String word) {
        for (String[] names : WORDS.values()) {
            for (String name : names) {
                if (!name.contains(" ") && Words.matches(word, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The field a "by ..." or "split by ..." names, for series splits. */
    static Optional<TrafficField> after(Words words, String... markers) {
        for (int i = 0; i < words.size() - 1; i++) {
            if (Words.matchesAny(words.get(i), markers)) {
                Words tail = Words.of(String.join(" ", words.list().subList(i + 1,
                        Math.min(words.size(), i + 4))));
                Optional<TrafficField> field = first(tail);
                if (field.isPresent()) {
                    return field;
                }
            }
        }
        return Optional.empty();
    }

    private static int phraseAt(Words words, String phrase) {
        String[] parts = phrase.split(" ");
        for (int i = 0; i + parts.length <= words.size(); i++) {
            boolean all = true;
            for (int j = 0; j < parts.length && all; j++) {
                all = Words.matches(words.get(i + j), parts[j]);
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    private static Map<TrafficField, String[]> words() {
        Map<TrafficField, String[]> words = new EnumMap<>(TrafficField.class);
        words.put(TrafficField.IP, new String[] {"ip", "ips", "addresses", "address", "clients",
            "client", "sources", "source", "ipv4", "attackers", "visitors", "talkers", "who",
            "whos", "callers"});
        words.put(TrafficField.PATH, new String[] {"path", "paths", "pages", "page", "urls",
            "url", "uris", "uri", "endpoints", "endpoint", "resources", "routes", "files"});
        words.put(TrafficField.STATUS, new String[] {"status", "statuses", "codes",
            "response codes", "status codes", "responses"});
        words.put(TrafficField.METHOD, new String[] {"methods", "method", "verbs"});
        words.put(TrafficField.HOST, new String[] {"hosts", "host", "vhosts", "hostnames",
            "host header",
            "domains", "sites", "virtual hosts"});
        words.put(TrafficField.UA, new String[] {"user agent", "user agents", "user-agents",
            "user-agent", "useragents", "useragent", "ua", "uas", "browsers", "agents",
            "bots", "crawlers", "clients software"});
        words.put(TrafficField.REFERER, new String[] {"referer", "referers", "referrer",
            "referrers", "referring"});
        words.put(TrafficField.COUNTRY, new String[] {"country", "countries", "nations",
            "geos", "locations"});
        words.put(TrafficField.ASN, new String[] {"asn", "asns", "networks", "network",
            "autonomous systems", "isps", "isp", "providers", "hosting providers"});
        return words;
    }
}
