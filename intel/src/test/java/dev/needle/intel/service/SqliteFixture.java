package dev.needle.intel.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/** The embedded SQLite layout in a temporary directory. */
final class SqliteFixture implements StoreFixture {

    private final Path dataDir;

    SqliteFixture(Path dataDir) {
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public IntelService open(Clock clock) {
        return IntelService.openEmbedded(dataDir, clock);
    }

    @Override
    public void execute(String datasetId, String... statements) throws Exception {
        Path file = dataDir.resolve("intel/datasets/" + datasetId + ".sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public List<String> tokenRows() throws Exception {
        Path file = dataDir.resolve("intel/registry.sqlite");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM tokens")) {
            return ResultRows.read(rs);
        }
    }

    @Override
    public void close() {
        // the temporary directory goes with the test
    }
}
