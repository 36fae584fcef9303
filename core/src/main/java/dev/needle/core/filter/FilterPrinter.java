package dev.needle.core.filter;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a filter back as an expression that {@link FilterParser} reads as the same tree, for
 * echoing a normalised filter to the user.
 *
 * <p>Values are written bare when that is unambiguous and quoted otherwise; parentheses appear
 * only where precedence needs them.
 */
public final class FilterPrinter {

    private FilterPrinter() {
    }

    /** The expression text of {@code filter}. */
    public static String print(Filter filter) {
        return switch (filter) {
            case And and -> join(and.operands(), " and ", And.class);
            case Or or -> join(or.operands(), " or ", Or.class);
            case Not not -> "not " + nested(not.operand(), not.operand() instanceof And
                    || not.operand() instanceof Or);
            case Comparison comparison -> comparison.field().name() + " "
                    + comparison.operator().symbol() + " " + value(comparison.operand());
            case Membership membership -> membership.field().name() + " in "
                    + list(membership);
        };
    }

    private static String join(List<Filter> operands, String separator,
            Class<? extends Filter> kind) {
        // An operand of the same kind, or an 'or' inside an 'and', came from parentheses.
        return operands.stream()
                .map(operand -> nested(operand, kind.isInstance(operand)
                        || (kind == And.class && operand instanceof Or)))
                .collect(Collectors.joining(separator));
    }

    private static String nested(Filter filter, boolean parenthesise) {
        String text = print(filter);
        return parenthesise ? "(" + text + ")" : text;
    }

    private static String list(Membership membership) {
        List<Operand> operands = membership.operands();
        if (operands.size() == 1 && operands.getFirst() instanceof Operand.Network network) {
            return network.block().toString();
        }
        return operands.stream().map(FilterPrinter::value)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String value(Operand operand) {
        return switch (operand) {
            case Operand.Text text -> word(GlobSyntax.escape(text.value()));
            case Operand.Glob glob -> word(glob.literals().stream().map(GlobSyntax::escape)
                    .collect(Collectors.joining("*")));
            case Operand.Regex regex -> word(regex.source());
            case Operand.Number number -> Long.toString(number.value());
            case Operand.Address address -> address.address().canonical();
            case Operand.Network network -> network.block().toString();
        };
    }

    /**
     * The value bare if the scanner would read it back whole, else in quotes; a leading
     * {@code =} is quoted so that {@code path = "=x"} is not read as {@code ==}.
     */
    private static String word(String value) {
        boolean bare = !value.isEmpty() && value.charAt(0) != '='
                && value.chars().allMatch(c -> c > ' ' && !Character.isWhitespace(c)
                        && "(),\"".indexOf(c) < 0);
        if (bare) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
