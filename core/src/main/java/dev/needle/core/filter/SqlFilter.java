package dev.needle.core.filter;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * A filter as a DuckDB boolean expression with {@code ?} placeholders, and the values to bind
 * to them in order. User values never appear in {@code sql}.
 *
 * @param sql a boolean expression for a {@code WHERE} clause
 * @param parameters the placeholder values, each a {@link Long} or a {@link String}
 */
public record SqlFilter(String sql, List<Object> parameters) {

    public SqlFilter {
        Objects.requireNonNull(sql, "sql");
        parameters = List.copyOf(parameters);
    }

    /** The filter that keeps every row. */
    public static SqlFilter matchAll() {
        return new SqlFilter("TRUE", List.of());
    }

    /**
     * Binds the parameters to {@code statement} from {@code firstIndex} (1-based) on.
     *
     * @return the index after the last one bound, for placeholders that follow the filter
     */
    public int bind(PreparedStatement statement, int firstIndex) throws SQLException {
        int index = firstIndex;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }
}
