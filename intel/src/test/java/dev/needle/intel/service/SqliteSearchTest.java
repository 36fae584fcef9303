package dev.needle.intel.service;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The search contract on the embedded SQLite layout. */
class SqliteSearchTest extends SearchContract {

    @TempDir
    Path dataDir;

    @Override
    protected StoreFixture newFixture() {
        return new SqliteFixture(dataDir);
    }
}
