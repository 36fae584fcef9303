package dev.needle.analyst.plan;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells out the shorthand people type into chat boxes ("r", "reqs", "hr", "yday", "sus") so
 * that the readers and the classifier see ordinary words. Words holding digits or dots are left
 * alone: they may be addresses.
 */
final class Shorthand {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("r", "are"), Map.entry("u", "you"), Map.entry("ur", "your"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("req", "request"),
            Map.entry("reqs", "requests"), Map.entry("rqs", "requests"),
            Map.entry("hr", "hour"), Map.entry("hrs", "hours"), Map.entry("min", "minute"),
            Map.entry("mins", "minutes"), Map.entry("yday", "yesterday"),
            Map.entry("yesterdy", "yesterday"), Map.entry("tdy", "today"),
            Map.entry("w/", "with"), Map.entry("w/o", "without"), Map.entry("addr", "address"),
            Map.entry("addrs", "addresses"), Map.entry("sus", "suspicious"),
            Map.entry("dodgy", "malicious"), Map.entry("shady", "malicious"),
            Map.entry("iocs", "indicators"), Map.entry("ioc", "indicator"),
            Map.entry("ttps", "techniques"), Map.entry("ttp", "technique"),
            Map.entry("wk", "week"), Map.entry("mo", "month"), Map.entry("stats", "statistics"),
            Map.entry("thx", "thanks"), Map.entry("ua", "user agent"),
            Map.entry("uas", "user agents"), Map.entry("ips", "IPs"), Map.entry("ip's", "IPs"),
            Map.entry("whats", "what is"), Map.entry("whos", "who is"),
            Map.entry("wheres", "where is"), Map.entry("hows", "how is"),
            Map.entry("tho", "though"), Map.entry("abt", "about"), Map.entry("bc", "because"),
            Map.entry("atm", "right now"), Map.entry("rn", "right now"),
            Map.entry("asap", "right now"), Map.entry("govt", "government"),
            Map.entry("gov't", "government"), Map.entry("hc", "healthcare"),
            Map.entry("hrly", "hourly"), Map.entry("k", "okay"));

    private static final Pattern WORD = Pattern.compile(
            "(?<![\\w./:@\\[-])[A-Za-z/']+(?![\\w./:@\\]-])");

    private Shorthand() {
    }

    private static final Pattern PER_UNIT = Pattern.compile(
            "(?<![/\\w])([A-Za-z]+)/(hr|hrs|hour|h|min|mins|minute|m|day|d)\\b");

    /** The text with shorthand words spelled out; everything else is kept as typed. */
    static String expand(String text) {
        text = PER_UNIT.matcher(text).replaceAll("$1 per $2");
        Matcher matcher = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group();
            String full = WORDS.get(word.toLowerCase(Locale.ROOT));
            matcher.appendReplacement(out, Matcher.quoteReplacement(full == null ? word : full));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
