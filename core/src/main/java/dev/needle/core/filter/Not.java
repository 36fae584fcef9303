package dev.needle.core.filter;

import java.util.Objects;

/**
 * Rows that do not match the operand, including rows where the operand's field is missing.
 *
 * @param operand the filter to negate
 */
public record Not(Filter operand) implements Filter {

    public Not {
        Objects.requireNonNull(operand, "operand");
    }
}
