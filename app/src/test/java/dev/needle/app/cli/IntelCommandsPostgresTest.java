package dev.needle.app.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * The intel commands on PostgreSQL through {@code --db}, from {@code NEEDLE_TEST_PG_URL}. Each
 * run keeps its registry and datasets in schemas of its own ({@code needle_schema=...}) and drops
 * them afterwards. Without the variable these tests fail rather than skip: a missing database
 * must not pass silently.
 */
class IntelCommandsPostgresTest extends IntelCliContract {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SCHEMA = "needle_cli_" + RUN;

    @AfterAll
    static void dropSchemas() throws SQLException {
        String jdbc = Optional.ofNullable(System.getenv("NEEDLE_TEST_PG_JDBC"))
                .orElse("jdbc:postgresql://127.0.0.1:5432/needle");
        try (Connection c = DriverManager.getConnection(jdbc, "needle", "needle");
                Statement st = c.createStatement()) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace"
                    + " WHERE nspname LIKE '" + SCHEMA + "%'")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String schema : schemas) {
                st.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
            }
        }
    }

    @Override
    List<String> storeOptions() {
        String url = Optional.ofNullable(System.getenv("NEEDLE_TEST_PG_URL"))
                .filter(u -> !u.isBlank())
                .orElseThrow(() -> new AssertionError("NEEDLE_TEST_PG_URL is not set; point it"
                        + " at a PostgreSQL database, e.g."
                        + " postgresql://needle:needle@127.0.0.1:5432/needle"));
        return List.of("--db", url + (url.contains("?") ? "&" : "?") + "needle_schema=" + SCHEMA);
    }

    @Override
    String dataset(String base) {
        return base + "-" + RUN;
    }
}
