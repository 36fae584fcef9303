package dev.needle.core.filter;

import java.util.Objects;

/**
 * A field compared with one value, such as {@code status >= 500} or {@code path = /admin*}.
 *
 * <p>Only sensible pairs exist: {@code = !=} on any field with a value of its type (text fields
 * also take a {@link Operand.Glob}), {@code < <= > >=} on number fields, {@code ~ !~} on text
 * fields with a {@link Operand.Regex}.
 *
 * @param field the field on the left
 * @param operator how to compare
 * @param operand the value on the right
 */
public record Comparison(FieldSpec field, Operator operator, Operand operand) implements Filter {

    public Comparison {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(operand, "operand");
        if (!accepts(field.type(), operator, operand)) {
            throw new IllegalArgumentException("cannot compare " + field.type() + " field '"
                    + field.name() + "' with '" + operator.symbol() + "' and "
                    + operand.getClass().getSimpleName());
        }
    }

    /** Whether the operator applies to fields of this type at all. */
    static boolean applies(Operator operator, FieldType type) {
        if (operator.isOrdering()) {
            return type == FieldType.NUMBER;
        }
        if (operator.isRegex()) {
            return type == FieldType.TEXT;
        }
        return true;
    }

    private static boolean accepts(FieldType type, Operator operator, Operand operand) {
        if (!applies(operator, type) || !operand.fits(type)) {
            return false;
        }
        return switch (operand) {
            case Operand.Regex regex -> operator.isRegex();
            case Operand.Glob glob -> operator == Operator.EQUALS
                    || operator == Operator.NOT_EQUALS;
            case Operand.Network network -> false;
            case Operand.Text text -> !operator.isRegex();
            case Operand.Number number -> !operator.isRegex();
            case Operand.Address address -> !operator.isRegex();
        };
    }
}
