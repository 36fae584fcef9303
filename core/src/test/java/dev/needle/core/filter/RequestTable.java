package dev.needle.core.filter;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** An in-memory DuckDB table of {@link RequestRow}s, shaped like the traffic store's. */
final class RequestTable implements AutoCloseable {

    private final Connection connection;

    private RequestTable(Connection connection) {
        this.connection = connection;
    }

    static RequestTable of(List<RequestRow> rows) throws SQLException {
        RequestTable table = new RequestTable(DriverManager.getConnection("jdbc:duckdb:"));
        try (Statement statement = table.connection.createStatement()) {
            statement.execute("CREATE TABLE requests (id INTEGER, ip VARCHAR, ip_hi BIGINT, "
                    + "ip_lo BIGINT, path VARCHAR, status INTEGER, ua VARCHAR, "
                    + "country VARCHAR, asn BIGINT)");
        }
        for (RequestRow row : rows) {
            table.insert(row);
        }
        return table;
    }

    /** The ids of the rows the filter selects, in id order. */
    List<Integer> select(SqlFilter filter) throws SQLException {
        String sql = "SELECT id FROM requests WHERE " + filter.sql() + " ORDER BY id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            filter.bind(statement, 1);
            List<Integer> ids = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getInt(1));
                }
            }
            return ids;
        }
    }

    /** The number of rows, to show that no filter value dropped or changed the table. */
    long count() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM requests")) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private void insert(RequestRow row) throws SQLException {
        String sql = "INSERT INTO requests (id, ip, ip_hi, ip_lo, path, status, ua, country, asn)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, row.id());
            if (row.ip() == null) {
                statement.setNull(2, Types.VARCHAR);
                statement.setNull(3, Types.BIGINT);
                statement.setNull(4, Types.BIGINT);
            } else {
                statement.setString(2, row.ip().canonical());
                statement.setLong(3, row.ip().sortableHigh());
                statement.setLong(4, row.ip().sortableLow());
            }
            statement.setString(5, row.path());
            statement.setObject(6, row.status());
            statement.setString(7, row.ua());
            statement.setString(8, row.country());
            statement.setObject(9, row.asn());
            statement.executeUpdate();
        }
    }
}
