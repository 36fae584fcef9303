package dev.needle.intel.service;

import java.util.List;
import java.util.Objects;

/**
 * One condition of a search: a field, an operator and its value ({@code in}: up to 100 values).
 *
 * <p>On a field with several values per event (indicator, indicatorType, mitreAttack, tags) a
 * term holds when some value matches, and {@code not} holds when none equals the value. On a
 * dataset's extra field, {@code not} also holds for events without the field, and every other
 * operator fails for them.
 *
 * @param field a built-in field name ({@link EventField}) or an extra field of the datasets
 * @param operator how to compare
 * @param values one value, or 1 to 100 for {@code in}
 */
public record SearchTerm(String field, SearchOperator operator, List<String> values) {

    /** The most values an {@code in} term takes. */
    public static final int MAX_IN_VALUES = 100;

    public SearchTerm {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(operator, "operator");
        values = List.copyOf(values);
        if (operator == SearchOperator.IN) {
            if (values.isEmpty() || values.size() > MAX_IN_VALUES) {
                throw new IllegalArgumentException("'in' on " + field + " takes 1 to "
                        + MAX_IN_VALUES + " values; got " + values.size());
            }
        } else if (values.size() != 1) {
            throw new IllegalArgumentException("'" + operator.apiName() + "' on " + field
                    + " takes one value; got " + values.size());
        }
    }

    /** A term with one value. */
    public static SearchTerm of(String field, SearchOperator operator, String value) {
        return new SearchTerm(field, operator, List.of(value));
    }

    /** An {@code in} term. */
    public static SearchTerm in(String field, List<String> values) {
        return new SearchTerm(field, SearchOperator.IN, values);
    }

    /** The single value of a term that is not {@code in}. */
    public String value() {
        return values.getFirst();
    }

    @Override
    public String toString() {
        return field + " " + operator.apiName() + " "
                + (operator == SearchOperator.IN ? values : "'" + value() + "'");
    }
}
