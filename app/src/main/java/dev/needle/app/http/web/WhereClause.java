package dev.needle.app.http.web;

import dev.needle.core.filter.FieldType;
import dev.needle.traffic.TrafficField;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes filter expressions from values a user clicked. A value is attacker-written text from a
 * log, so text goes inside double quotes with every backslash and double quote escaped by a
 * backslash: {@code path = "/a b\"c"}. Numbers of numeric fields go bare.
 */
public final class WhereClause {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");

    private WhereClause() {
    }

    /** The clause that selects rows whose {@code field} equals {@code value}. */
    public static String equalTo(TrafficField field, String value) {
        boolean number = field.type() == FieldType.NUMBER
                && WHOLE_NUMBER.matcher(value).matches();
        return field.label() + " = " + (number ? value : quote(value));
    }

    /** {@code value} as a double-quoted string literal of the filter language. */
    public static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }

    /** One expression that holds when every clause holds; a single clause stays as it is. */
    public static String allOf(List<String> clauses) {
        if (clauses.size() == 1) {
            return clauses.getFirst();
        }
        return String.join(" and ", clauses.stream().map(c -> "(" + c + ")").toList());
    }
}
