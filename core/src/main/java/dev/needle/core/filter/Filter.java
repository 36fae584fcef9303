package dev.needle.core.filter;

/**
 * A parsed filter expression: comparisons of fields with values, combined with {@code and},
 * {@code or} and {@code not}.
 *
 * <p>Parentheses leave no node of their own; they decide how {@link And}, {@link Or} and
 * {@link Not} nest. {@link FilterParser} builds the tree, {@link FilterPrinter} writes it back
 * as text and {@link FilterCompiler} turns it into SQL.
 */
public sealed interface Filter permits And, Or, Not, Comparison, Membership {
}
