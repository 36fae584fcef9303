package dev.needle.analyst.plan;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.core.indicator.IndicatorType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds indicators in a question, defanged or not: IPs, CIDRs, URLs, domains, hashes, e-mail
 * addresses. A word that looks like a file name ({@code login.php}) or an ATT&CK id is not a
 * domain, and a plain number is not an AS number.
 */
final class IndicatorFinder {

    private static final Set<String> FILE_ENDINGS = Set.of("php", "html", "htm", "asp", "aspx",
            "jsp", "js", "css", "png", "jpg", "jpeg", "gif", "txt", "xml", "json", "cgi", "env",
            "git", "ico", "svg", "bak", "sql", "log", "cfm", "pl", "py", "sh", "do", "action");

    private IndicatorFinder() {
    }

    /** The indicators in the text, in order, each once; their words are taken out. */
    static List<Indicator> find(Question question) {
        Set<Indicator> found = new LinkedHashSet<>();
        for (int[] span : spans(question.original())) {
            if (read(question.original().substring(span[0], span[1]), found)) {
                question.blank(span[0], span[1]);
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * The text with each indicator replaced by a phrase naming its kind ("the IP address"), so
     * that comparing sentences is not thrown off by the digits and labels of an address.
     */
    static String mask(String text) {
        StringBuilder masked = new StringBuilder();
        int done = 0;
        for (int[] span : spans(text)) {
            Set<Indicator> found = new LinkedHashSet<>();
            if (read(text.substring(span[0], span[1]), found)) {
                masked.append(text, done, span[0]).append(phrase(found.iterator().next()));
                done = span[1];
            }
        }
        return masked.append(text, done, text.length()).toString();
    }

    /** The start and end of each word, words being separated by spaces, commas and semicolons. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean separator = i == text.length() || Character.isWhitespace(text.charAt(i))
                    || text.charAt(i) == ',' || text.charAt(i) == ';';
            if (!separator && start < 0) {
                start = i;
            } else if (separator && start >= 0) {
                spans.add(new int[] {start, i});
                start = -1;
            }
        }
        return spans;
    }

    private static String phrase(Indicator indicator) {
        return switch (indicator.type()) {
            case IPV4, IPV6 -> "this IP address";
            case CIDR -> "this network range";
            case DOMAIN -> "this domain";
            case URL -> "this URL";
            case MD5, SHA1, SHA256 -> "this file hash";
            case ASN -> "this network";
            case EMAIL -> "this e-mail address";
            case JA3, JA4 -> "this TLS fingerprint";
        };
    }

    private static boolean read(String word, Set<Indicator> found) {
        String token = trim(word);
        if (token.isEmpty() || token.startsWith("/") || token.chars().noneMatch(
                c -> c == '.' || c == ':' || c == '@' || c == '[' || Character.isDigit(c))) {
            return false;
        }
        var indicator = IndicatorNormalizer.detect(token);
        if (indicator.isEmpty() || !plausible(indicator.get(), token)) {
            return false;
        }
        found.add(indicator.get());
        return true;
    }

    private static boolean plausible(Indicator indicator, String token) {
        return switch (indicator.type()) {
            case DOMAIN -> {
                String tld = indicator.value().substring(indicator.value().lastIndexOf('.') + 1);
                yield tld.length() >= 2 && tld.chars().allMatch(Character::isLetter)
                        && !FILE_ENDINGS.contains(tld) && !token.toLowerCase(Locale.ROOT)
                        .matches("(e\\.g|i\\.e|etc|vs)\\.?");
            }
            case ASN -> token.toLowerCase(Locale.ROOT).startsWith("as");
            case IPV6 -> token.indexOf(':') != token.lastIndexOf(':');
            default -> indicator.type() != IndicatorType.JA4 || token.contains("_");
        };
    }

    private static String trim(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && "\"'`(<{".indexOf(word.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && "\"'`)>}?!.,:;".indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        return word.substring(from, to);
    }
}
