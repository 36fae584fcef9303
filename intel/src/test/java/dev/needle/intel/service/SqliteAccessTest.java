package dev.needle.intel.service;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The access contract on the embedded SQLite layout. */
class SqliteAccessTest extends AccessContract {

    @TempDir
    Path dataDir;

    @Override
    protected StoreFixture newFixture() {
        return new SqliteFixture(dataDir);
    }
}
