package dev.needle.core.indicator;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the defanging that reports apply so that indicators cannot be clicked: {@code hxxp},
 * {@code fxp}, {@code [.]}, {@code (.)}, {@code {.}}, {@code [dot]}, {@code [:]}, {@code [@]},
 * {@code [at]}, and quotes or spaces around the value.
 */
final class Refang {

    private static final Pattern SCHEME = Pattern.compile(
            "^(?i)(hxxps?|fxps?|h\\[tt]ps?)(?=:)");
    private static final Pattern DOT = Pattern.compile(
            "\\s*(?:\\[\\.]|\\(\\.\\)|\\{\\.}|\\[dot]|\\(dot\\)|\\{dot})\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Pattern.compile(
            "\\s*(?:\\[@]|\\(@\\)|\\{@}|\\[at]|\\(at\\)|\\{at})\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLON = Pattern.compile("\\[:]|\\(:\\)|\\{:}");
    private static final Pattern SLASHES = Pattern.compile("\\[/]|\\[//]|\\[://]");

    private Refang() {
    }

    /** The value with defanging undone and surrounding quotes and spaces removed. */
    static String undo(String raw) {
        String text = unquote(raw.strip());
        text = COLON.matcher(text).replaceAll(":");
        text = replaceSlashes(text);
        text = DOT.matcher(text).replaceAll(".");
        text = AT.matcher(text).replaceAll("@");
        return refangScheme(text);
    }

    private static String unquote(String text) {
        String t = text;
        while (t.length() >= 2 && isQuotePair(t.charAt(0), t.charAt(t.length() - 1))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    private static boolean isQuotePair(char first, char last) {
        return (first == '"' && last == '"') || (first == '\'' && last == '\'')
                || (first == '`' && last == '`') || (first == '<' && last == '>')
                || (first == '\u201c' && last == '\u201d')
                || (first == '\u2018' && last == '\u2019');
    }

    private static String replaceSlashes(String text) {
        Matcher m = SLASHES.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String inside = m.group().substring(1, m.group().length() - 1);
            m.appendReplacement(out, Matcher.quoteReplacement(inside));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String refangScheme(String text) {
        Matcher m = SCHEME.matcher(text);
        if (!m.find()) {
            return text;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT).replace("[tt]", "tt");
        String real = switch (scheme) {
            case "hxxp" -> "http";
            case "hxxps" -> "https";
            case "fxp" -> "ftp";
            case "fxps" -> "ftps";
            default -> scheme;
        };
        return real + text.substring(m.end());
    }
}
