package dev.needle.intel.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Result rows as text, each column's value joined by '|'. */
final class ResultRows {

    private ResultRows() {
    }

    static List<String> read(ResultSet rs) throws SQLException {
        List<String> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
                row.append(c == 1 ? "" : "|").append(rs.getString(c));
            }
            rows.add(row.toString());
        }
        return rows;
    }
}
