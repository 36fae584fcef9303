package dev.needle.core.filter;

import java.util.Optional;

/**
 * Reads the characters of a filter expression: field names, keywords, operators and values.
 *
 * <p>The parser says what it expects next, because the same characters mean different things
 * in different places: after an operator, {@code a=b} is one bare value, while before one,
 * {@code status} ends at the {@code =}.
 */
final class FilterScanner {

    private static final int SHOWN_TOKEN_LENGTH = 40;

    private final String text;
    private int position;

    FilterScanner(String text) {
        this.text = text;
    }

    /**
     * A value as typed: the text after removing quotes, and where it started.
     *
     * @param text the value; for quoted strings with {@code \\} and {@code \"} unescaped
     * @param column the 1-based column of its first character
     */
    record RawValue(String text, int column) {
    }

    /** The 1-based column of the next character. */
    int column() {
        return position + 1;
    }

    boolean atEnd() {
        return position >= text.length();
    }

    void skipSpaces() {
        while (!atEnd() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    /** Consumes {@code c} if it comes next, after any spaces. */
    boolean accept(char c) {
        skipSpaces();
        if (!atEnd() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    /** Whether {@code c} comes next, after any spaces; consumes nothing. */
    boolean sees(char c) {
        skipSpaces();
        return !atEnd() && text.charAt(position) == c;
    }

    /** Consumes a keyword, in any case, if it comes next as a whole word. */
    boolean acceptKeyword(String keyword) {
        skipSpaces();
        int end = position + keyword.length();
        if (end > text.length() || !text.regionMatches(true, position, keyword, 0,
                keyword.length())) {
            return false;
        }
        if (end < text.length() && isNameChar(text.charAt(end))) {
            return false;
        }
        position = end;
        return true;
    }

    /** Reads a field name (letters, digits, {@code _}, {@code -}); empty if none comes next. */
    String readName() {
        skipSpaces();
        int start = position;
        while (!atEnd() && isNameChar(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    /** Reads a comparison operator if one comes next. */
    Optional<Operator> readOperator() {
        skipSpaces();
        for (String symbol : new String[] {"!=", "!~", "<=", ">=", "=", "<", ">", "~"}) {
            if (text.startsWith(symbol, position)) {
                position += symbol.length();
                return Optional.of(operatorOf(symbol));
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a quoted string or a bare word, or returns empty if the expression ends or a
     * {@code (}, {@code )} or {@code ,} comes next.
     */
    Optional<RawValue> readValue() {
        skipSpaces();
        if (atEnd() || isPunctuation(text.charAt(position))) {
            return Optional.empty();
        }
        int column = column();
        if (text.charAt(position) == '"') {
            return Optional.of(new RawValue(readQuoted(), column));
        }
        int start = position;
        while (!atEnd() && !endsBareWord(text.charAt(position))) {
            position++;
        }
        return Optional.of(new RawValue(text.substring(start, position), column));
    }

    /** What comes next, for error messages: {@code 'token'} or {@code the end of the filter}. */
    String describeNext() {
        skipSpaces();
        if (atEnd()) {
            return "the end of the filter";
        }
        char c = text.charAt(position);
        if (isPunctuation(c)) {
            return "'" + c + "'";
        }
        int end = position + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                && !isPunctuation(text.charAt(end))) {
            end++;
        }
        return shown(text.substring(position, end));
    }

    /** A token for an error message, quoted and cut to a readable length. */
    static String shown(String token) {
        if (token.length() <= SHOWN_TOKEN_LENGTH) {
            return "'" + token + "'";
        }
        return "'" + token.substring(0, SHOWN_TOKEN_LENGTH) + "...'";
    }

    private String readQuoted() {
        int openColumn = column();
        StringBuilder value = new StringBuilder();
        position++;
        while (!atEnd()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\' && !atEnd()) {
                char next = text.charAt(position);
                if (next == '"' || next == '\\') {
                    value.append(next);
                    position++;
                    continue;
                }
            }
            value.append(c);
        }
        throw new FilterSyntaxException(openColumn,
                "unclosed quote; add a '\"' after the value");
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '-';
    }

    private static boolean isPunctuation(char c) {
        return c == '(' || c == ')' || c == ',';
    }

    private static boolean endsBareWord(char c) {
        return Character.isWhitespace(c) || isPunctuation(c) || c == '"';
    }

    private static Operator operatorOf(String symbol) {
        for (Operator operator : Operator.values()) {
            if (operator.symbol().equals(symbol)) {
                return operator;
            }
        }
        throw new IllegalStateException("no operator for " + symbol);
    }
}
