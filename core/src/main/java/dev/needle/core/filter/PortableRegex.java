package dev.needle.core.filter;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks that a regular expression compiles in Java and avoids the Java features DuckDB's RE2
 * engine lacks: backreferences, lookaround, atomic groups and possessive quantifiers.
 *
 * <p>The two engines differ in smaller ways too (for example {@code \Z} or Java's
 * {@code \p{javaLowerCase}} classes); such an expression passes here and fails when the query
 * runs.
 */
final class PortableRegex {

    private PortableRegex() {
    }

    /** Throws an {@link IllegalArgumentException} naming the problem if the expression fails. */
    static void check(String source) {
        try {
            Pattern.compile(source);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression "
                    + FilterScanner.shown(source) + ": " + e.getDescription());
        }
        String unsupported = firstUnsupportedFeature(source);
        if (!unsupported.isEmpty()) {
            throw new IllegalArgumentException("regular expression " + FilterScanner.shown(source)
                    + " uses " + unsupported + ", which the query engine does not support");
        }
    }

    private static String firstUnsupportedFeature(String source) {
        boolean inClass = false;
        boolean afterQuantifier = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                char next = source.charAt(i + 1);
                if (!inClass && ((next >= '1' && next <= '9') || next == 'k')) {
                    return "a backreference";
                }
                if (next == 'Q') {
                    int end = source.indexOf("\\E", i + 2);
                    i = end < 0 ? source.length() : end + 1;
                } else {
                    i++;
                }
                afterQuantifier = false;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            if (c == '+' && afterQuantifier) {
                return "a possessive quantifier";
            }
            if (c == '(' && source.startsWith("?", i + 1)) {
                String group = groupKind(source, i + 2);
                if (!group.isEmpty()) {
                    return group;
                }
            }
            inClass = c == '[';
            afterQuantifier = (c == '*' || c == '+' || c == '?' || c == '}')
                    && !(i > 0 && source.charAt(i - 1) == '(');
        }
        return "";
    }

    private static String groupKind(String source, int from) {
        if (source.startsWith("=", from) || source.startsWith("!", from)
                || source.startsWith("<=", from) || source.startsWith("<!", from)) {
            return "lookaround";
        }
        if (source.startsWith(">", from)) {
            return "an atomic group";
        }
        return "";
    }
}
