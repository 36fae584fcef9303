package dev.needle.intel.service;

/**
 * How a search term compares a field with its values. The text operators ({@code like},
 * {@code contains}, {@code startsWith}, {@code endsWith}) ignore the case of ASCII letters;
 * the others compare exactly. {@code like} takes a SQL pattern: {@code %} is any run of
 * characters, {@code _} one character, and a backslash makes the next character literal.
 */
public enum SearchOperator {
    EQUALS("equals"),
    NOT("not"),
    GT("gt"),
    GTE("gte"),
    LT("lt"),
    LTE("lte"),
    LIKE("like"),
    CONTAINS("contains"),
    STARTS_WITH("startsWith"),
    ENDS_WITH("endsWith"),
    IN("in");

    private final String apiName;

    SearchOperator(String apiName) {
        this.apiName = apiName;
    }

    /** The name the API uses. */
    public String apiName() {
        return apiName;
    }

    /** Whether this is an ordering comparison: {@code gt}, {@code gte}, {@code lt}, {@code lte}. */
    public boolean ordering() {
        return this == GT || this == GTE || this == LT || this == LTE;
    }

    /** Whether this is a text pattern operator. */
    public boolean textual() {
        return this == LIKE || this == CONTAINS || this == STARTS_WITH || this == ENDS_WITH;
    }

    /** Parses an operator by its API name, such as {@code startsWith}. */
    public static SearchOperator parse(String text) {
        for (SearchOperator op : values()) {
            if (op.apiName.equalsIgnoreCase(text.strip())) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operator '" + text + "'; expected equals,"
                + " not, gt, gte, lt, lte, like, contains, startsWith, endsWith or in");
    }
}
