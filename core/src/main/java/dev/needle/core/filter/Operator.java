package dev.needle.core.filter;

/** A comparison operator of the filter language, with the symbol users type. */
public enum Operator {
    EQUALS("="),
    NOT_EQUALS("!="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    MATCHES("~"),
    NOT_MATCHES("!~");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as typed, such as {@code !=}. */
    public String symbol() {
        return symbol;
    }

    /** Whether this operator selects the rows its positive twin does not ({@code !=, !~}). */
    public boolean isNegative() {
        return this == NOT_EQUALS || this == NOT_MATCHES;
    }

    /** Whether this operator orders numbers ({@code < <= > >=}). */
    public boolean isOrdering() {
        return this == LESS || this == LESS_OR_EQUAL || this == GREATER
                || this == GREATER_OR_EQUAL;
    }

    /** Whether this operator tests a regular expression ({@code ~ !~}). */
    public boolean isRegex() {
        return this == MATCHES || this == NOT_MATCHES;
    }
}
