package dev.needle.intel.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Suricata rules the way Suricata splits them, strictly enough to catch injection: a
 * rule is one line, options end at a {@code ;} that no backslash escapes, and every keyword
 * must be one the exporter is meant to write. Used where Suricata itself is not installed.
 */
final class SuricataRuleReader {

    /** One option as written, and its value with escapes undone. */
    record Option(String keyword, String value) {
    }

    /** A rule's header and options in order. */
    record Rule(String header, List<Option> options) {

        String first(String keyword) {
            return options.stream().filter(o -> o.keyword().equals(keyword)).findFirst()
                    .map(Option::value).orElseThrow(() -> new IllegalArgumentException(
                            "no " + keyword + " in " + options));
        }
    }

    private static final Pattern HEADER = Pattern.compile("alert (ip|dns|tls|http) "
            + "(\\$HOME_NET|any|\\[[0-9a-f.:/]+\\]) any -> (\\$HOME_NET|any) any");
    private static final Set<String> KEYWORDS = Set.of("msg", "content", "nocase", "endswith",
            "startswith", "dotprefix", "dns.query", "tls.sni", "http.host", "http.uri.raw",
            "ja3.hash", "metadata", "sid", "rev");
    private static final Pattern CONTENT =
            Pattern.compile("\"((?:[^\"\\\\;|]|\\|[0-9A-F]{2}\\|)*)\"");
    private static final Pattern HEX = Pattern.compile("\\|([0-9A-F]{2})\\|");

    private SuricataRuleReader() {
    }

    /** The rules of a rules file; comment and empty lines are skipped. */
    static List<Rule> read(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            rules.add(rule(line));
        }
        return rules;
    }

    static Rule rule(String line) {
        if (line.endsWith("\\") || line.contains("\r")) {
            throw new IllegalArgumentException("rule continues past its line: " + line);
        }
        int open = line.indexOf(" (");
        if (open < 0 || !line.endsWith(")")) {
            throw new IllegalArgumentException("no option list: " + line);
        }
        String header = line.substring(0, open);
        if (!HEADER.matcher(header).matches()) {
            throw new IllegalArgumentException("unexpected header: " + header);
        }
        return new Rule(header, options(line.substring(open + 2, line.length() - 1)));
    }

    private static List<Option> options(String body) {
        List<Option> options = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                raw.append(c).append(body.charAt(++i));
            } else if (c == ';') {
                options.add(option(raw.toString().strip()));
                raw.setLength(0);
            } else {
                raw.append(c);
            }
        }
        if (!raw.toString().isBlank()) {
            throw new IllegalArgumentException("text after the last ';': " + raw);
        }
        return options;
    }

    private static Option option(String raw) {
        int colon = raw.indexOf(':');
        String keyword = colon < 0 ? raw : raw.substring(0, colon);
        if (!KEYWORDS.contains(keyword)) {
            throw new IllegalArgumentException("unexpected keyword '" + keyword + "'");
        }
        String value = colon < 0 ? "" : raw.substring(colon + 1);
        return new Option(keyword, switch (keyword) {
            case "msg" -> message(value);
            case "content" -> content(value);
            default -> value;
        });
    }

    private static String message(String value) {
        if (value.length() < 2 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw new IllegalArgumentException("msg is not one quoted string: " + value);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                char escaped = value.charAt(++i);
                if ("\\\";".indexOf(escaped) < 0) {
                    throw new IllegalArgumentException("bad escape in msg: " + value);
                }
                text.append(escaped);
            } else if (c == '"' || c == ';' || c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("raw " + (int) c + " in msg: " + value);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** The bytes a content string matches, as UTF-8 text. */
    private static String content(String value) {
        Matcher matcher = CONTENT.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("content is not a safe quoted string: " + value);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String inner = matcher.group(1);
        Matcher hex = HEX.matcher(inner);
        int at = 0;
        while (hex.find()) {
            bytes.writeBytes(inner.substring(at, hex.start()).getBytes(StandardCharsets.US_ASCII));
            bytes.write(Integer.parseInt(hex.group(1), 16));
            at = hex.end();
        }
        bytes.writeBytes(inner.substring(at).getBytes(StandardCharsets.US_ASCII));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Keyword to value of each option, for exact comparisons. */
    static Map<String, String> byKeyword(Rule rule) {
        Map<String, String> map = new LinkedHashMap<>();
        rule.options().forEach(o -> map.merge(o.keyword(), o.value(), (a, b) -> a + "," + b));
        return map;
    }
}
