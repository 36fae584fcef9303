package dev.needle.intel.internal.store;

import dev.needle.intel.service.EventField;
import dev.needle.intel.service.FieldType;
import java.util.Map;
import java.util.Optional;

/**
 * A sort field resolved against one dataset: the SQL expression and the type of its values.
 *
 * @param expression SQL over the events table aliased {@code e}
 * @param type the type of its values
 * @param usesMissing whether the expression binds {@code :sort_missing}
 */
public record SortColumn(String expression, SortType type, boolean usesMissing) {

    /** The sort type of a field over datasets with these extra fields, or empty if unknown. */
    public static Optional<SortType> typeOf(String field, Map<String, FieldType> extraFields) {
        Optional<EventField> builtIn = EventField.byName(field);
        if (builtIn.isPresent()) {
            return Optional.of(builtInType(builtIn.get()));
        }
        return Optional.ofNullable(extraFields.get(field)).map(SortColumn::extraType);
    }

    /** Resolves {@code field}, known to be sortable with {@code type}, in a dataset. */
    static SortColumn resolve(String field, SortType type, Map<String, FieldType> extraFields) {
        Optional<EventField> builtIn = EventField.byName(field);
        if (builtIn.isPresent()) {
            return new SortColumn(EventColumns.scalar(builtIn.get()), type, false);
        }
        String cast = "CAST(:sort_missing AS " + type.sqlType() + ")";
        if (!extraFields.containsKey(field)) {
            return new SortColumn(cast, type, true);
        }
        return new SortColumn("COALESCE(e." + EventColumns.extra(field) + ", " + cast + ")", type,
                true);
    }

    private static SortType builtInType(EventField field) {
        return switch (field.kind()) {
            case TIME, CODE -> SortType.LONG;
            case TEXT, ID -> SortType.TEXT;
            case MULTI_TEXT, MULTI_CODE -> throw new IllegalArgumentException("cannot sort by "
                    + field.apiName() + ": an event has several values");
        };
    }

    private static SortType extraType(FieldType type) {
        return switch (type) {
            case TEXT -> SortType.TEXT;
            case INTEGER, TIMESTAMP -> SortType.LONG;
            case NUMBER -> SortType.DOUBLE;
        };
    }
}
