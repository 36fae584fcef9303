package dev.needle.intel.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the comparisons out of a STIX patterning-language expression, such as
 * {@code [file:hashes.'SHA-256' = 'ab..' OR domain-name:value = 'evil.example']}.
 *
 * <p>Only the comparisons are read, not the boolean and temporal structure around them
 * ({@code AND}, {@code OR}, {@code FOLLOWEDBY}, {@code WITHIN}, ...): each comparison that tests
 * an observable for equality names a value worth watching on its own. A pattern that does not
 * lex is an {@link IllegalArgumentException} naming the position.
 */
final class StixPattern {

    /** One {@code path operator value} test; {@code values} has several entries for IN. */
    record Comparison(String path, String operator, List<String> values, boolean negated) {
    }

    private static final Set<String> WORD_OPERATORS =
            Set.of("LIKE", "MATCHES", "IN", "ISSUBSET", "ISSUPERSET");

    private enum Kind { WORD, STRING, OPERATOR, PUNCT }

    private record Token(Kind kind, String text, int position) {
    }

    private StixPattern() {
    }

    /** The comparisons of {@code pattern}, in order. */
    static List<Comparison> comparisons(String pattern) {
        List<Token> tokens = lex(pattern);
        List<Comparison> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.kind == Kind.WORD && t.text.indexOf(':') > 0) {
                i = comparison(tokens, i, out);
            } else {
                i++;
            }
        }
        return out;
    }

    private static int comparison(List<Token> tokens, int pathIndex, List<Comparison> out) {
        Token path = tokens.get(pathIndex);
        int i = pathIndex + 1;
        boolean negated = false;
        if (isWord(tokens, i, "NOT")) {
            negated = true;
            i++;
        }
        if (i >= tokens.size()) {
            throw new IllegalArgumentException("the pattern ends after '" + path.text + "'");
        }
        Token operator = tokens.get(i);
        boolean wordOperator = operator.kind == Kind.WORD
                && WORD_OPERATORS.contains(operator.text.toUpperCase(Locale.ROOT));
        if (operator.kind != Kind.OPERATOR && !wordOperator) {
            throw new IllegalArgumentException("expected an operator after '" + path.text
                    + "' at position " + (operator.position + 1));
        }
        String op = operator.text.toUpperCase(Locale.ROOT);
        i++;
        List<String> values = new ArrayList<>();
        if (op.equals("IN")) {
            i = readSet(tokens, i, values);
        } else {
            values.add(literal(tokens, i, path));
            i++;
        }
        out.add(new Comparison(path.text, op, values, negated));
        return i;
    }

    private static int readSet(List<Token> tokens, int start, List<String> values) {
        int i = start;
        if (!isPunct(tokens, i, "(")) {
            throw new IllegalArgumentException("expected '(' after IN at position "
                    + position(tokens, i));
        }
        i++;
        while (!isPunct(tokens, i, ")")) {
            if (i >= tokens.size()) {
                throw new IllegalArgumentException("the IN set is not closed");
            }
            Token t = tokens.get(i);
            if (t.kind == Kind.STRING || t.kind == Kind.WORD) {
                values.add(t.text);
            }
            i++;
        }
        return i + 1;
    }

    private static String literal(List<Token> tokens, int i, Token path) {
        if (i >= tokens.size()
                || (tokens.get(i).kind != Kind.STRING && tokens.get(i).kind != Kind.WORD)) {
            throw new IllegalArgumentException("expected a value for '" + path.text
                    + "' at position " + position(tokens, i));
        }
        return tokens.get(i).text;
    }

    private static boolean isWord(List<Token> tokens, int i, String word) {
        return i < tokens.size() && tokens.get(i).kind == Kind.WORD
                && tokens.get(i).text.equalsIgnoreCase(word);
    }

    private static boolean isPunct(List<Token> tokens, int i, String punct) {
        return i < tokens.size() && tokens.get(i).kind == Kind.PUNCT
                && tokens.get(i).text.equals(punct);
    }

    private static int position(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).position + 1 : -1;
    }

    private static List<Token> lex(String p) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ("[](),".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), i));
                i++;
            } else if (c == '\'') {
                i = string(p, i, tokens);
            } else if ("!<>=".indexOf(c) >= 0) {
                i = operator(p, i, tokens);
            } else if ((c == 'b' || c == 'h' || c == 't') && i + 1 < p.length()
                    && p.charAt(i + 1) == '\'') {
                i = string(p, i + 1, tokens);
            } else if (isWordCharacter(c)) {
                i = word(p, i, tokens);
            } else {
                throw new IllegalArgumentException("unexpected character '" + c
                        + "' at position " + (i + 1));
            }
        }
        return tokens;
    }

    private static int string(String p, int start, List<Token> tokens) {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\' && i + 1 < p.length()) {
                value.append(p.charAt(i + 1));
                i += 2;
            } else if (c == '\'') {
                tokens.add(new Token(Kind.STRING, value.toString(), start));
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("the string starting at position " + (start + 1)
                + " is not closed");
    }

    private static int operator(String p, int start, List<Token> tokens) {
        int end = start + 1;
        if (end < p.length() && p.charAt(end) == '=') {
            end++;
        }
        String op = p.substring(start, end);
        if (op.equals("!") || op.equals("==")) {
            throw new IllegalArgumentException("unknown operator '" + op + "' at position "
                    + (start + 1));
        }
        tokens.add(new Token(Kind.OPERATOR, op, start));
        return end;
    }

    private static int word(String p, int start, List<Token> tokens) {
        StringBuilder word = new StringBuilder();
        int i = start;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (isWordCharacter(c) || c == ':' || c == '.' || c == '*') {
                word.append(c);
                i++;
            } else if (c == '\'' && !word.isEmpty() && word.charAt(word.length() - 1) == '.') {
                int close = p.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("the quoted key at position " + (i + 1)
                            + " is not closed");
                }
                word.append(p, i + 1, close);
                i = close + 1;
            } else if (c == '[' && word.indexOf(":") > 0) {
                int close = p.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("the index at position " + (i + 1)
                            + " is not closed");
                }
                word.append(p, i, close + 1);
                i = close + 1;
            } else {
                break;
            }
        }
        tokens.add(new Token(Kind.WORD, word.toString(), start));
        return i;
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
