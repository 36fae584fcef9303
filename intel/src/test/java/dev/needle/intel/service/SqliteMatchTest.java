package dev.needle.intel.service;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The match contract on the embedded SQLite layout. */
class SqliteMatchTest extends MatchContract {

    @TempDir
    Path dataDir;

    @Override
    protected StoreFixture newFixture() {
        return new SqliteFixture(dataDir);
    }
}
