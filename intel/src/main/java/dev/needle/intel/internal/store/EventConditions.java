package dev.needle.intel.internal.store;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.Tlp;
import dev.needle.intel.service.EventField;
import dev.needle.intel.service.FieldType;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compiles a query's conditions into a WHERE clause over one dataset's events table (aliased
 * {@code e}), or over a {@link Rollup} table, whose columns have the events' names. Every
 * value is bound; only column names Needle chose appear in the text.
 *
 * <p>A term on an extra field this dataset lacks is constant: true for {@code not}, false
 * otherwise, as if every event here had no value for it.
 */
final class EventConditions {

    /** Listing every type lets the (type, value) index serve a lookup by value alone. */
    private static final String ALL_TYPES = Arrays.stream(IndicatorType.values())
            .map(type -> "'" + type.label() + "'").collect(Collectors.joining(", "));

    private final Dialect dialect;
    private final Tables tables;
    private final Map<String, FieldType> extraFields;
    private final SqlParams params;

    EventConditions(Dialect dialect, Tables tables, Map<String, FieldType> extraFields,
            SqlParams params) {
        this.dialect = dialect;
        this.tables = tables;
        this.extraFields = extraFields;
        this.params = params;
    }

    /** The conditions of {@code query}, joined by AND. */
    String where(EventQuery query) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < query.terms().size(); i++) {
            parts.add(term(i, query.terms().get(i)));
        }
        for (String word : query.text().split("\\s+")) {
            if (!word.isEmpty()) {
                String p = params.add("%" + escapeLike(word) + "%");
                parts.add("(" + dialect.likeIgnoringCase("e.headline", p) + " OR "
                        + dialect.likeIgnoringCase("e.insight", p) + ")");
            }
        }
        query.withIndicator().ifPresent(indicator -> parts.add("e.id IN (SELECT x.event_id FROM "
                + tables.of("event_indicators") + " x WHERE x.type = "
                + params.add(indicator.type().label()) + " AND x.value = "
                + params.add(indicator.value()) + ")"));
        if (query.releasableOnly()) {
            parts.add("e.tlp <= " + Tlp.GREEN.ordinal());
        }
        return parts.isEmpty() ? "1 = 1" : String.join(" AND ", parts);
    }

    /**
     * The condition of one term, the {@code index}th of its query from 0; a bad term fails
     * naming its position.
     */
    String term(int index, SearchTerm term) {
        try {
            return term(term);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("search term " + (index + 1) + " (" + term + "): "
                    + e.getMessage(), e);
        }
    }

    private String term(SearchTerm term) {
        Optional<EventField> builtIn = EventField.byName(term.field());
        if (builtIn.isPresent()) {
            return builtIn(builtIn.get(), term);
        }
        FieldType type = extraFields.get(term.field());
        if (type == null) {
            return term.operator() == SearchOperator.NOT ? "1 = 1" : "1 = 0";
        }
        return extra(term, type);
    }

    private String builtIn(EventField field, SearchTerm term) {
        SearchOperator op = term.operator();
        return switch (field.kind()) {
            case TEXT -> scalar(EventColumns.scalar(field), op, values(term, v -> v), false);
            case TIME -> ordered(field, term, FieldValues::epochMillis);
            case CODE -> ordered(field, term, v -> code(field, v));
            case ID -> ordered(field, term, v -> UUID.fromString(v.strip()).toString());
            case MULTI_TEXT -> {
                refuse(op.ordering(), field.apiName());
                boolean upper = field == EventField.TECHNIQUE && !op.textual();
                yield several(field, term, v -> upper ? v.strip().toUpperCase(Locale.ROOT) : v);
            }
            case MULTI_CODE -> {
                refuse(op.ordering() || op.textual(), field.apiName());
                yield several(field, term, v -> IndicatorType.parse(v).label());
            }
        };
    }

    private String ordered(EventField field, SearchTerm term, Function<String, Object> convert) {
        refuse(term.operator().textual(), field.apiName());
        return scalar(EventColumns.scalar(field), term.operator(), values(term, convert), false);
    }

    /**
     * A condition on a list field. An exact or ordered match is a set of event ids found
     * through the child table's value index, so a rare value costs a few lookups rather than
     * a probe per event; patterns and negations test each event.
     */
    private String several(EventField field, SearchTerm term, Function<String, Object> convert) {
        boolean negate = term.operator() == SearchOperator.NOT;
        SearchOperator inner = negate ? SearchOperator.EQUALS : term.operator();
        String condition = scalar("x." + EventColumns.childColumn(field), inner,
                values(term, convert), false);
        if (field == EventField.INDICATOR && !inner.textual()) {
            condition = "x.type IN (" + ALL_TYPES + ") AND " + condition;
        }
        String table = tables.of(EventColumns.childTable(field));
        if (!negate && !inner.textual()) {
            return "e.id IN (SELECT x.event_id FROM " + table + " x WHERE " + condition + ")";
        }
        String exists = "EXISTS (SELECT 1 FROM " + table + " x WHERE x.event_id = e.id AND "
                + condition + ")";
        return negate ? "NOT " + exists : exists;
    }

    private String extra(SearchTerm term, FieldType type) {
        SearchOperator op = term.operator();
        String column = "e." + EventColumns.extra(term.field());
        return switch (type) {
            case TEXT -> scalar(column, op, values(term, v -> v), true);
            case INTEGER -> {
                refuse(op.textual(), term.field());
                yield scalar(column, op, values(term, FieldValues::integer), true);
            }
            case NUMBER -> {
                refuse(op.textual(), term.field());
                yield scalar(column, op, values(term, FieldValues::number), true);
            }
            case TIMESTAMP -> {
                refuse(op.textual(), term.field());
                yield scalar(column, op, values(term, FieldValues::epochMillis), true);
            }
        };
    }

    private String scalar(String column, SearchOperator op, List<Object> values,
            boolean nullable) {
        Object first = values.getFirst();
        return switch (op) {
            case EQUALS -> column + " = " + params.add(first);
            case NOT -> nullable
                    ? "(" + column + " IS NULL OR " + column + " <> " + params.add(first) + ")"
                    : column + " <> " + params.add(first);
            case GT -> column + " > " + params.add(first);
            case GTE -> column + " >= " + params.add(first);
            case LT -> column + " < " + params.add(first);
            case LTE -> column + " <= " + params.add(first);
            case IN -> column + " IN (" + values.stream().map(params::add)
                    .collect(Collectors.joining(", ")) + ")";
            case LIKE -> dialect.likeIgnoringCase(column, params.add(likePattern((String) first)));
            case CONTAINS -> dialect.likeIgnoringCase(column,
                    params.add("%" + escapeLike((String) first) + "%"));
            case STARTS_WITH -> dialect.likeIgnoringCase(column,
                    params.add(escapeLike((String) first) + "%"));
            case ENDS_WITH -> dialect.likeIgnoringCase(column,
                    params.add("%" + escapeLike((String) first)));
        };
    }

    private static List<Object> values(SearchTerm term, Function<String, Object> convert) {
        return term.values().stream().map(convert).toList();
    }

    private static Object code(EventField field, String value) {
        if (field == EventField.TLP) {
            return (long) Tlp.parse(value).ordinal();
        }
        return (long) KillChainStage.parse(value).number();
    }

    private static void refuse(boolean refused, String field) {
        if (refused) {
            throw new IllegalArgumentException("this operator does not apply to " + field);
        }
    }

    /** Makes {@code %}, {@code _} and {@code !} in user text match only themselves. */
    static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            appendLiteral(out, text.charAt(i));
        }
        return out.toString();
    }

    /**
     * A user's {@code like} pattern, whose escape character is a backslash, in the stores'
     * escape convention: {@code %} and {@code _} stay wildcards, a backslash makes the next
     * character literal, and everything else is literal.
     */
    static String likePattern(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                appendLiteral(out, pattern.charAt(++i));
            } else if (c == '%' || c == '_') {
                out.append(c);
            } else {
                appendLiteral(out, c);
            }
        }
        return out.toString();
    }

    private static void appendLiteral(StringBuilder out, char c) {
        if (c == '%' || c == '_' || c == '!') {
            out.append('!');
        }
        out.append(c);
    }
}
