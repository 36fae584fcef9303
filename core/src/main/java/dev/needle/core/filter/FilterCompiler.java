package dev.needle.core.filter;

import dev.needle.core.net.Cidr;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a filter to a DuckDB {@code WHERE} expression with placeholders.
 *
 * <p>A row whose field is NULL never matches a positive test and always matches a negated one:
 * {@code country != US} keeps rows with no country. To get that from SQL's three-valued logic,
 * negations are pushed down to the comparisons (De Morgan), and each negated comparison becomes
 * {@code (column IS NULL OR NOT (test))}. Positive tests stay plain so DuckDB can push them into
 * its scans.
 *
 * <p>Text equality and lists compare exactly; globs become {@code LIKE ... ESCAPE '\'} with
 * {@code %}, {@code _} and {@code \} in the user's text escaped; regexes use
 * {@code regexp_matches}, which matches anywhere in the value. IP equality compares the
 * canonical text; CIDR blocks compare the two sortable range columns.
 */
public final class FilterCompiler {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private FilterCompiler() {
    }

    /** The SQL expression and parameters that select the rows {@code filter} matches. */
    public static SqlFilter compile(Filter filter) {
        FilterCompiler compiler = new FilterCompiler();
        compiler.write(filter, false);
        return new SqlFilter(compiler.sql.toString(), compiler.parameters);
    }

    private void write(Filter filter, boolean negated) {
        switch (filter) {
            case And and -> writeAll(and.operands(), negated ? " OR " : " AND ", negated);
            case Or or -> writeAll(or.operands(), negated ? " AND " : " OR ", negated);
            case Not not -> write(not.operand(), !negated);
            case Comparison comparison -> writeTest(comparison.field(),
                    negated != comparison.operator().isNegative(), () -> writeComparison(
                            comparison));
            case Membership membership -> writeTest(membership.field(), negated,
                    () -> writeMembership(membership));
        }
    }

    private void writeAll(List<Filter> operands, String separator, boolean negated) {
        sql.append('(');
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                sql.append(separator);
            }
            write(operands.get(i), negated);
        }
        sql.append(')');
    }

    private void writeTest(FieldSpec field, boolean negated, Runnable positiveTest) {
        if (!negated) {
            positiveTest.run();
            return;
        }
        String nullable = field.type() == FieldType.IP ? field.highColumn() : field.column();
        sql.append('(').append(nullable).append(" IS NULL OR NOT (");
        positiveTest.run();
        sql.append("))");
    }

    /** The comparison without its negation: {@code !=} as {@code =}, {@code !~} as {@code ~}. */
    private void writeComparison(Comparison comparison) {
        String column = comparison.field().column();
        switch (comparison.operand()) {
            case Operand.Text text -> bound(column + " = ?", text.value());
            case Operand.Number number -> bound(column + " " + sqlSymbol(comparison.operator())
                    + " ?", number.value());
            case Operand.Address address -> bound(column + " = ?",
                    address.address().canonical());
            case Operand.Glob glob -> writeLike(column, glob);
            case Operand.Regex regex -> bound("regexp_matches(" + column + ", ?)",
                    regex.source());
            case Operand.Network network -> writeRange(comparison.field(), network.block());
        }
    }

    private void writeMembership(Membership membership) {
        FieldSpec field = membership.field();
        List<Object> exact = new ArrayList<>();
        List<Operand> others = new ArrayList<>();
        for (Operand operand : membership.operands()) {
            switch (operand) {
                case Operand.Text text -> exact.add(text.value());
                case Operand.Number number -> exact.add(number.value());
                default -> others.add(operand);
            }
        }

        List<Runnable> tests = new ArrayList<>();
        if (!exact.isEmpty()) {
            tests.add(() -> writeIn(field.column(), exact));
        }
        for (Operand operand : others) {
            tests.add(() -> writeListed(field, operand));
        }
        writeAny(tests);
    }

    private void writeListed(FieldSpec field, Operand operand) {
        switch (operand) {
            case Operand.Glob glob -> writeLike(field.column(), glob);
            case Operand.Network network -> writeRange(field, network.block());
            default -> throw new IllegalStateException("unexpected list operand " + operand);
        }
    }

    private void writeAny(List<Runnable> tests) {
        if (tests.size() == 1) {
            tests.getFirst().run();
            return;
        }
        sql.append('(');
        for (int i = 0; i < tests.size(); i++) {
            if (i > 0) {
                sql.append(" OR ");
            }
            tests.get(i).run();
        }
        sql.append(')');
    }

    private void writeIn(String column, List<Object> values) {
        sql.append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            parameters.add(values.get(i));
        }
        sql.append(')');
    }

    private void writeLike(String column, Operand.Glob glob) {
        bound(column + " LIKE ? ESCAPE '\\'", LikePattern.of(glob));
    }

    /**
     * A block as a range test on the sortable columns. Below a /64 the block spans whole high
     * values, so its low bits are all zeros at the start and all ones at the end and only the
     * high column needs testing; from /64 on, the high column is fixed and the low one ranges.
     */
    private void writeRange(FieldSpec field, Cidr block) {
        String high = field.highColumn();
        String low = field.lowColumn();
        long firstHigh = block.first().sortableHigh();
        long lastHigh = block.last().sortableHigh();
        if (block.prefixLength() < 64) {
            bound(high + " BETWEEN ? AND ?", firstHigh, lastHigh);
        } else if (block.prefixLength() == 128) {
            bound("(" + high + " = ? AND " + low + " = ?)", firstHigh,
                    block.first().sortableLow());
        } else {
            bound("(" + high + " = ? AND " + low + " BETWEEN ? AND ?)", firstHigh,
                    block.first().sortableLow(), block.last().sortableLow());
        }
    }

    private void bound(String test, Object... values) {
        sql.append(test);
        parameters.addAll(List.of(values));
    }

    private static String sqlSymbol(Operator operator) {
        return switch (operator) {
            case EQUALS, NOT_EQUALS -> "=";
            case LESS -> "<";
            case LESS_OR_EQUAL -> "<=";
            case GREATER -> ">";
            case GREATER_OR_EQUAL -> ">=";
            case MATCHES, NOT_MATCHES -> throw new IllegalStateException(
                    "regex operator on a number");
        };
    }
}
