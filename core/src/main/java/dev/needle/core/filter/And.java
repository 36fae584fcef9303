package dev.needle.core.filter;

import java.util.List;

/**
 * Rows that match every operand; {@code a and b and c} is one node with three operands.
 *
 * @param operands two or more filters
 */
public record And(List<Filter> operands) implements Filter {

    public And {
        operands = List.copyOf(operands);
        if (operands.size() < 2) {
            throw new IllegalArgumentException("'and' needs two or more operands, got "
                    + operands.size());
        }
    }
}
