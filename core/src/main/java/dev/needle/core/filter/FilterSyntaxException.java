package dev.needle.core.filter;

/**
 * A filter expression that does not parse; the message starts with the 1-based column of the
 * problem, as in {@code column 12: unknown field 'pth'; expected one of [ip, path]}.
 */
public final class FilterSyntaxException extends IllegalArgumentException {

    private final int column;
    private final String problem;

    /** A failure at {@code column} (1-based), described by {@code problem}. */
    public FilterSyntaxException(int column, String problem) {
        super("column " + column + ": " + problem);
        this.column = column;
        this.problem = problem;
    }

    /** The 1-based column where the problem starts. */
    public int column() {
        return column;
    }

    /** The problem without the column prefix. */
    public String problem() {
        return problem;
    }
}
