package dev.needle.app.cli;

import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the {@code --filter} language of {@code needle events list}: terms
 * {@code field op value} joined by {@code and}, such as
 * {@code attacker equals APT1 and killChain gte 6}. The operators are those of
 * {@link SearchOperator}; {@code in} takes a list, {@code indicator in (1.2.3.4, evil.example)}.
 * A value with spaces or commas is quoted with {@code "} or {@code '}. There is no {@code or}:
 * every term must hold, as in a search.
 */
final class SearchExpression {

    private final String text;
    private int pos;

    private SearchExpression(String text) {
        this.text = text;
    }

    /** The terms of {@code text}; an error names the position (1-based) where it broke. */
    static List<SearchTerm> parse(String text) {
        SearchExpression parser = new SearchExpression(text);
        List<SearchTerm> terms = new ArrayList<>();
        parser.skipSpaces();
        if (parser.atEnd()) {
            return terms;
        }
        terms.add(parser.term());
        while (!parser.atEnd()) {
            int at = parser.pos;
            String joiner = parser.word("'and'");
            if (!joiner.toLowerCase(Locale.ROOT).equals("and")) {
                throw parser.error(at, "expected 'and' between terms, got '" + joiner + "'");
            }
            terms.add(parser.term());
        }
        return terms;
    }

    private SearchTerm term() {
        String field = word("a field");
        int opAt = pos;
        String opText = word("an operator after '" + field + "'");
        SearchOperator op;
        try {
            op = SearchOperator.parse(opText);
        } catch (IllegalArgumentException e) {
            throw error(opAt, e.getMessage());
        }
        if (op == SearchOperator.IN) {
            return SearchTerm.in(field, list());
        }
        return SearchTerm.of(field, op, value("a value after '" + opText + "'"));
    }

    private List<String> list() {
        skipSpaces();
        expect('(');
        List<String> values = new ArrayList<>();
        values.add(value("a value in the list"));
        skipSpaces();
        while (peek(',')) {
            pos++;
            values.add(value("a value after ','"));
            skipSpaces();
        }
        expect(')');
        skipSpaces();
        if (values.size() > SearchTerm.MAX_IN_VALUES) {
            throw error(pos, "'in' takes at most " + SearchTerm.MAX_IN_VALUES + " values");
        }
        return values;
    }

    private String value(String what) {
        skipSpaces();
        if (peek('"') || peek('\'')) {
            char quote = text.charAt(pos);
            int start = pos;
            int end = text.indexOf(quote, pos + 1);
            if (end < 0) {
                throw error(start, "unclosed " + quote + " quote");
            }
            pos = end + 1;
            skipSpaces();
            return text.substring(start + 1, end);
        }
        return word(what);
    }

    /** A run of characters up to a space, a comma or a parenthesis. */
    private String word(String what) {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))
                && ",()".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        if (start == pos) {
            throw error(start, "expected " + what + (atEnd() ? ", got the end"
                    : ", got '" + text.charAt(pos) + "'"));
        }
        String found = text.substring(start, pos);
        skipSpaces();
        return found;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error(pos, "expected '" + c + "'" + (atEnd() ? ", got the end"
                    : ", got '" + text.charAt(pos) + "'"));
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(int at, String message) {
        return new IllegalArgumentException("--filter '" + text + "' at position " + (at + 1)
                + ": " + message);
    }
}
