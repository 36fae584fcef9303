package dev.needle.intel.service;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The PostgreSQL server mode on the server CI provides, in schemas unique to one test and
 * dropped after it. Without {@code NEEDLE_TEST_PG_JDBC} the tests fail: CI always sets it, so
 * its absence is a broken set-up, not a reason to skip.
 */
final class PostgresFixture implements StoreFixture {

    private static final String USER = "needle";
    private static final String PASSWORD = "needle";

    private final String jdbcUrl;
    private final String schemaPrefix;
    private final PostgresSettings settings;

    private PostgresFixture(String jdbcUrl, String run) {
        this.jdbcUrl = jdbcUrl;
        this.schemaPrefix = "needle_" + run + "_";
        this.settings = PostgresSettings.of(jdbcUrl, USER, PASSWORD)
                .withSchemas(schemaPrefix + "registry", schemaPrefix + "ds_");
    }

    static PostgresFixture fromEnvironment() {
        String jdbcUrl = System.getenv("NEEDLE_TEST_PG_JDBC");
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new AssertionError("NEEDLE_TEST_PG_JDBC is not set. The PostgreSQL contract"
                    + " tests need a server: set it to a JDBC URL such as"
                    + " jdbc:postgresql://127.0.0.1:5432/needle (user and password needle), as"
                    + " .ci/run does");
        }
        byte[] random = new byte[5];
        new SecureRandom().nextBytes(random);
        return new PostgresFixture(jdbcUrl, "t" + HexFormat.of().formatHex(random));
    }

    String registrySchema() {
        return settings.registrySchema();
    }

    String datasetSchema(String datasetId) {
        return settings.datasetSchemaPrefix() + datasetId;
    }

    /** The schemas this test created. */
    List<String> schemas() throws Exception {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement("SELECT nspname FROM"
                        + " pg_namespace WHERE left(nspname, ?) = ? ORDER BY nspname")) {
            statement.setInt(1, schemaPrefix.length());
            statement.setString(2, schemaPrefix);
            try (ResultSet rs = statement.executeQuery()) {
                List<String> schemas = new ArrayList<>();
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
                return schemas;
            }
        }
    }

    @Override
    public IntelService open(Clock clock) {
        return IntelService.openPostgres(settings, clock);
    }

    @Override
    public void execute(String datasetId, String... statements) throws Exception {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO \"" + datasetSchema(datasetId) + "\"");
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public List<String> tokenRows() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM \"" + registrySchema()
                        + "\".tokens")) {
            return ResultRows.read(rs);
        }
    }

    @Override
    public void close() throws Exception {
        List<String> schemas = schemas();
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
            }
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection(jdbcUrl, USER, PASSWORD);
    }
}
