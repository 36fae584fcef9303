package dev.needle.intel.internal.store;

import dev.needle.intel.service.SearchTerm;
import java.util.Optional;

/**
 * A condition on the date that falls between two UTC days, as a condition on the day: events
 * from {@code day} on, or events before {@code day}.
 *
 * @param from whether the condition keeps {@code day} and later days, rather than the days
 *     before it
 * @param day the first day kept, or the first day no longer kept
 */
public record DayBound(boolean from, long day) {

    /**
     * The day condition that holds for exactly the events {@code term} on the date holds for,
     * or empty when the term is not an ordering, its value does not parse, or its bound falls
     * inside a day.
     */
    static Optional<DayBound> of(SearchTerm term) {
        long millis;
        try {
            millis = FieldValues.epochMillis(term.value());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return switch (term.operator()) {
            case GTE -> at(true, millis);
            case LT -> at(false, millis);
            case GT -> millis == Long.MAX_VALUE ? Optional.empty() : at(true, millis + 1);
            case LTE -> millis == Long.MAX_VALUE ? Optional.empty() : at(false, millis + 1);
            default -> Optional.empty();
        };
    }

    /** The condition on a day column. */
    String sql(String column, SqlParams params) {
        return column + (from ? " >= " : " < ") + params.add(day);
    }

    /** The bound at a midnight: {@code millis} itself is the first instant kept or not. */
    private static Optional<DayBound> at(boolean from, long millis) {
        if (Math.floorMod(millis, RollupQuery.DAY_MILLIS) != 0) {
            return Optional.empty();
        }
        return Optional.of(new DayBound(from, Math.floorDiv(millis, RollupQuery.DAY_MILLIS)));
    }
}
