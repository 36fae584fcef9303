package dev.needle.traffic.internal.store;

import dev.needle.core.filter.And;
import dev.needle.core.filter.Comparison;
import dev.needle.core.filter.FieldSpec;
import dev.needle.core.filter.Filter;
import dev.needle.core.filter.FilterCompiler;
import dev.needle.core.filter.FilterParser;
import dev.needle.core.filter.Membership;
import dev.needle.core.filter.Not;
import dev.needle.core.filter.Or;
import dev.needle.core.filter.SqlFilter;
import dev.needle.traffic.TrafficField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles a filter expression to a condition on the {@code requests} table of the star schema.
 *
 * <p>Each comparison is tested on its dimension, where the distinct values are few, and becomes
 * {@code path_id IN (SELECT id FROM texts WHERE ...)}; {@code status} is tested in place. Every
 * request has exactly one id per dimension, so {@code and}, {@code or} and {@code not} carry
 * over unchanged.
 */
record FilterSql(String sql, List<Object> params) {

    private static final List<FieldSpec> DIMENSION_SPECS =
            Arrays.stream(TrafficField.values()).map(FilterSql::dimensionSpec).toList();

    /** Parses and compiles {@code expression}; a syntax error names its column. */
    static FilterSql compile(String expression) {
        Filter filter = FilterParser.parse(expression, DIMENSION_SPECS);
        List<Object> params = new ArrayList<>();
        String sql = write(filter, params);
        return new FilterSql(sql, params);
    }

    private static String write(Filter filter, List<Object> params) {
        return switch (filter) {
            case And and -> join(and.operands(), " AND ", params);
            case Or or -> join(or.operands(), " OR ", params);
            case Not not -> "NOT (" + write(not.operand(), params) + ")";
            case Comparison comparison -> leaf(comparison.field(), filter, params);
            case Membership membership -> leaf(membership.field(), filter, params);
        };
    }

    private static String join(List<Filter> operands, String separator, List<Object> params) {
        List<String> parts = new ArrayList<>();
        for (Filter operand : operands) {
            parts.add(write(operand, params));
        }
        return "(" + String.join(separator, parts) + ")";
    }

    private static String leaf(FieldSpec spec, Filter leaf, List<Object> params) {
        FieldColumns columns = FieldColumns.of(TrafficField.parse(spec.name()));
        SqlFilter compiled = FilterCompiler.compile(leaf);
        params.addAll(compiled.parameters());
        if (columns.inFacts()) {
            return compiled.sql();
        }
        return columns.idColumn() + " IN (SELECT id FROM " + columns.table() + " WHERE "
                + compiled.sql() + ")";
    }

    /** The field as a column of its dimension table, which is where comparisons run. */
    private static FieldSpec dimensionSpec(TrafficField field) {
        FieldColumns columns = FieldColumns.of(field);
        if (field == TrafficField.IP) {
            return new FieldSpec(field.label(), columns.valueColumn(), field.type(),
                    "ip_hi", "ip_lo");
        }
        return FieldSpec.of(field.label(), columns.valueColumn(), field.type());
    }
}
