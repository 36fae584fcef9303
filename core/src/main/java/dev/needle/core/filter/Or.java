package dev.needle.core.filter;

import java.util.List;

/**
 * Rows that match at least one operand; {@code a or b or c} is one node with three operands.
 *
 * @param operands two or more filters
 */
public record Or(List<Filter> operands) implements Filter {

    public Or {
        operands = List.copyOf(operands);
        if (operands.size() < 2) {
            throw new IllegalArgumentException("'or' needs two or more operands, got "
                    + operands.size());
        }
    }
}
