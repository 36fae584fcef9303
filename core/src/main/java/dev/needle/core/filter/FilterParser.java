package dev.needle.core.filter;

import dev.needle.core.filter.FilterScanner.RawValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parses filter expressions such as {@code status >= 500 and not path = /health*}.
 *
 * <p>The grammar, with {@code not} binding tighter than {@code and}, and {@code and} tighter
 * than {@code or}; keywords and field names are case-insensitive:
 *
 * <pre>
 * filter     = and ( "or" and )*
 * and        = unary ( "and" unary )*
 * unary      = "not" unary | "(" filter ")" | comparison
 * comparison = field operator value | field [ "not" ] "in" list
 * list       = "(" value ( "," value )* ")" | value   (a lone value only for IP fields)
 * operator   = "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "~" | "!~"
 * value      = bare word | "double-quoted string"
 * </pre>
 *
 * <p>A bare word runs to the next space, parenthesis, comma or quote. Inside quotes {@code \"}
 * and {@code \\} are escapes and other backslashes stay as typed, so {@code "\d+"} is the regex
 * {@code \d+}. In text values for {@code =}, {@code !=} and {@code in}, {@code *} is a wildcard
 * ({@code \*} for a literal star). An expression may be {@value #MAX_LENGTH} characters long
 * and nest {@value #MAX_DEPTH} levels of parentheses and {@code not}.
 */
public final class FilterParser {

    /** The longest expression accepted, in characters. */
    public static final int MAX_LENGTH = 4096;

    /** The deepest nesting of parentheses and {@code not} accepted. */
    public static final int MAX_DEPTH = 64;

    private final FilterScanner scanner;
    private final Map<String, FieldSpec> fields;
    private int depth;

    private FilterParser(String text, List<FieldSpec> fields) {
        this.scanner = new FilterScanner(text);
        this.fields = new LinkedHashMap<>();
        for (FieldSpec field : fields) {
            this.fields.put(field.name(), field);
        }
    }

    /**
     * Parses {@code text} against the fields it may name.
     *
     * @throws FilterSyntaxException if the text is not a valid expression over these fields
     */
    public static Filter parse(String text, List<FieldSpec> fields) {
        if (text.length() > MAX_LENGTH) {
            throw new FilterSyntaxException(MAX_LENGTH + 1, "the filter is " + text.length()
                    + " characters long; at most " + MAX_LENGTH + " are allowed");
        }
        FilterParser parser = new FilterParser(text, fields);
        if (text.isBlank()) {
            throw new FilterSyntaxException(1, "empty filter; expected a comparison such as "
                    + parser.example());
        }
        Filter filter = parser.parseOr();
        parser.requireEnd();
        return filter;
    }

    private void requireEnd() {
        if (scanner.sees(')')) {
            throw unexpected("unmatched ')'");
        }
        if (!scanner.atEnd()) {
            throw unexpected("expected 'and', 'or' or the end of the filter but found "
                    + scanner.describeNext());
        }
    }

    private Filter parseOr() {
        List<Filter> operands = new ArrayList<>(List.of(parseAnd()));
        while (scanner.acceptKeyword("or")) {
            operands.add(parseAnd());
        }
        return operands.size() == 1 ? operands.getFirst() : new Or(operands);
    }

    private Filter parseAnd() {
        List<Filter> operands = new ArrayList<>(List.of(parseUnary()));
        while (scanner.acceptKeyword("and")) {
            operands.add(parseUnary());
        }
        return operands.size() == 1 ? operands.getFirst() : new And(operands);
    }

    private Filter parseUnary() {
        scanner.skipSpaces();
        int column = scanner.column();
        if (scanner.acceptKeyword("not")) {
            enter(column);
            Filter operand = parseUnary();
            depth--;
            return new Not(operand);
        }
        if (scanner.accept('(')) {
            enter(column);
            Filter inner = parseOr();
            if (!scanner.accept(')')) {
                throw scanner.atEnd()
                        ? new FilterSyntaxException(column, "unclosed parenthesis; add a ')'")
                        : unexpected("expected 'and', 'or' or ')' but found "
                                + scanner.describeNext());
            }
            depth--;
            return inner;
        }
        return parseComparison();
    }

    private Filter parseComparison() {
        FieldSpec field = readField();
        scanner.skipSpaces();
        int operatorColumn = scanner.column();
        if (scanner.acceptKeyword("in")) {
            return parseMembership(field, operatorColumn);
        }
        if (scanner.acceptKeyword("not")) {
            if (!scanner.acceptKeyword("in")) {
                throw unexpected("expected 'in' after '" + field.name() + " not' but found "
                        + scanner.describeNext());
            }
            return new Not(parseMembership(field, operatorColumn));
        }
        Operator operator = scanner.readOperator().orElseThrow(() -> unexpected(
                "expected an operator (=, !=, <, <=, >, >=, ~, !~, in, not in) after '"
                        + field.name() + "' but found " + scanner.describeNext()));
        if (!Comparison.applies(operator, field.type())) {
            throw new FilterSyntaxException(operatorColumn, OperandReader.misfit(field,
                    operator));
        }
        if (operator == Operator.EQUALS && scanner.sees('=')) {
            throw new FilterSyntaxException(operatorColumn, "'==' is not an operator; use '='");
        }
        RawValue value = scanner.readValue().orElseThrow(() -> unexpected(
                "expected a value after '" + operator.symbol() + "'" + foundSuffix()));
        return new Comparison(field, operator, OperandReader.forComparison(field, operator,
                value));
    }

    private Filter parseMembership(FieldSpec field, int operatorColumn) {
        scanner.skipSpaces();
        int openColumn = scanner.column();
        if (!scanner.accept('(')) {
            if (field.type() != FieldType.IP) {
                throw unexpected("expected '(' and a list after 'in', such as " + field.name()
                        + " in " + OperandReader.listSample(field));
            }
            RawValue value = scanner.readValue().orElseThrow(() -> unexpected(
                    "expected a CIDR block or a list after 'in'" + foundSuffix()));
            return new Membership(field, List.of(OperandReader.forList(field, value)));
        }

        List<Operand> operands = new ArrayList<>();
        do {
            scanner.skipSpaces();
            int column = scanner.column();
            Optional<RawValue> value = scanner.readValue();
            if (value.isEmpty()) {
                throw listProblem(operands.isEmpty() && scanner.sees(')'), openColumn);
            }
            if (operands.size() == Membership.MAX_VALUES) {
                throw new FilterSyntaxException(column, "more than " + Membership.MAX_VALUES
                        + " values in the list after 'in' at column " + operatorColumn);
            }
            operands.add(OperandReader.forList(field, value.orElseThrow()));
        } while (scanner.accept(','));

        if (!scanner.accept(')')) {
            throw scanner.atEnd()
                    ? new FilterSyntaxException(openColumn, "unclosed parenthesis; add a ')'")
                    : unexpected("expected ',' or ')' in the list but found "
                            + scanner.describeNext());
        }
        return new Membership(field, operands);
    }

    private FilterSyntaxException listProblem(boolean emptyList, int openColumn) {
        if (emptyList) {
            return unexpected("empty list after 'in'; expected at least one value");
        }
        if (scanner.atEnd()) {
            return new FilterSyntaxException(openColumn, "unclosed parenthesis; add a ')'");
        }
        return unexpected("expected a value in the list but found " + scanner.describeNext());
    }

    private FieldSpec readField() {
        scanner.skipSpaces();
        int column = scanner.column();
        String name = scanner.readName();
        if (name.isEmpty()) {
            throw unexpected("expected a field name or '(' but found " + scanner.describeNext());
        }
        FieldSpec field = fields.get(name.toLowerCase(Locale.ROOT));
        if (field == null) {
            throw new FilterSyntaxException(column, "unknown field " + FilterScanner.shown(name)
                    + "; expected one of " + fields.keySet());
        }
        return field;
    }

    private void enter(int column) {
        if (++depth > MAX_DEPTH) {
            throw new FilterSyntaxException(column, "the filter nests deeper than " + MAX_DEPTH
                    + " levels of parentheses and 'not'");
        }
    }

    private String foundSuffix() {
        return scanner.atEnd() ? "" : " but found " + scanner.describeNext();
    }

    private FilterSyntaxException unexpected(String problem) {
        scanner.skipSpaces();
        return new FilterSyntaxException(scanner.column(), problem);
    }

    private String example() {
        return fields.values().stream().findFirst()
                .map(field -> field.name() + " = " + OperandReader.sample(field))
                .orElse("path = /login");
    }
}
