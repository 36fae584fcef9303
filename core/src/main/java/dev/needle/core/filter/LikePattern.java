package dev.needle.core.filter;

import java.util.stream.Collectors;

/**
 * A glob as a SQL {@code LIKE} pattern with backslash as the escape character, so that
 * {@code %}, {@code _} and {@code \} in the user's text match only themselves.
 */
final class LikePattern {

    private LikePattern() {
    }

    static String of(Operand.Glob glob) {
        return glob.literals().stream().map(LikePattern::escape)
                .collect(Collectors.joining("%"));
    }

    private static String escape(String literal) {
        StringBuilder out = new StringBuilder(literal.length() + 8);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '%' || c == '_' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
