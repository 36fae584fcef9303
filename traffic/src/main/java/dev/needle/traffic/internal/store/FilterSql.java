package dev.needle.traffic.internal.store;

import java.util.List;

/** A compiled filter expression: SQL with placeholders, and the values for them. */
record FilterSql(String sql, List<Object> params) {

    static FilterSql compile(String expression) {
        throw new IllegalArgumentException("filter expressions are not supported yet: "
                + expression);
    }
}
