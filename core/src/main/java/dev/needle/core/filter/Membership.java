package dev.needle.core.filter;

import java.util.List;
import java.util.Objects;

/**
 * A field matched against a list, such as {@code status in (401, 403)},
 * {@code path in (/admin*, /wp-*)} or {@code ip in 10.0.0.0/8}.
 *
 * <p>Text fields take {@link Operand.Text} and {@link Operand.Glob} values, number fields
 * {@link Operand.Number}, IP fields {@link Operand.Network} blocks (a single address is a block
 * of one).
 *
 * @param field the field on the left
 * @param operands one to {@value #MAX_VALUES} values
 */
public record Membership(FieldSpec field, List<Operand> operands) implements Filter {

    /** The most values one list may hold, to keep statements and their parameters small. */
    public static final int MAX_VALUES = 1000;

    public Membership {
        Objects.requireNonNull(field, "field");
        operands = List.copyOf(operands);
        if (operands.isEmpty() || operands.size() > MAX_VALUES) {
            throw new IllegalArgumentException("'in' takes 1 to " + MAX_VALUES + " values, got "
                    + operands.size());
        }
        for (Operand operand : operands) {
            if (!fits(field.type(), operand)) {
                throw new IllegalArgumentException("'" + field.name() + " in' cannot hold "
                        + operand);
            }
        }
    }

    private static boolean fits(FieldType type, Operand operand) {
        return switch (operand) {
            case Operand.Text text -> type == FieldType.TEXT;
            case Operand.Glob glob -> type == FieldType.TEXT;
            case Operand.Number number -> type == FieldType.NUMBER;
            case Operand.Network network -> type == FieldType.IP;
            case Operand.Address address -> false;
            case Operand.Regex regex -> false;
        };
    }
}
