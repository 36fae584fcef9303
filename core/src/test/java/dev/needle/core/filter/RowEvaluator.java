package dev.needle.core.filter;

import dev.needle.core.net.IpAddress;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides in Java whether a row matches a filter, written from the language's rules rather
 * than from the compiler, so the two can be checked against each other. A comparison with a
 * missing (null) field is false; {@code !=}, {@code !~} and {@code not} are plain negations.
 */
final class RowEvaluator {

    private RowEvaluator() {
    }

    static boolean matches(Filter filter, RequestRow row) {
        return switch (filter) {
            case And and -> and.operands().stream().allMatch(f -> matches(f, row));
            case Or or -> or.operands().stream().anyMatch(f -> matches(f, row));
            case Not not -> !matches(not.operand(), row);
            case Comparison comparison -> comparison.operator().isNegative()
                    != holds(comparison, row.value(comparison.field()));
            case Membership membership -> membership.operands().stream()
                    .anyMatch(operand -> equalsOperand(operand, row.value(membership.field())));
        };
    }

    private static boolean holds(Comparison comparison, Object value) {
        if (value == null) {
            return false;
        }
        if (comparison.operand() instanceof Operand.Number number && value instanceof Long v) {
            return switch (comparison.operator()) {
                case LESS -> v < number.value();
                case LESS_OR_EQUAL -> v <= number.value();
                case GREATER -> v > number.value();
                case GREATER_OR_EQUAL -> v >= number.value();
                default -> v == number.value();
            };
        }
        if (comparison.operand() instanceof Operand.Regex regex) {
            return Pattern.compile(regex.source()).matcher((String) value).find();
        }
        return equalsOperand(comparison.operand(), value);
    }

    private static boolean equalsOperand(Operand operand, Object value) {
        if (value == null) {
            return false;
        }
        return switch (operand) {
            case Operand.Text text -> text.value().equals(value);
            case Operand.Number number -> value.equals(number.value());
            case Operand.Address address -> address.address().equals(value);
            case Operand.Network network -> network.block().contains((IpAddress) value);
            case Operand.Glob glob -> globPattern(glob).matcher((String) value).matches();
            case Operand.Regex regex -> throw new IllegalArgumentException("regex in a list");
        };
    }

    private static Pattern globPattern(Operand.Glob glob) {
        return Pattern.compile(glob.literals().stream().map(Pattern::quote)
                .collect(Collectors.joining(".*")), Pattern.DOTALL);
    }
}
