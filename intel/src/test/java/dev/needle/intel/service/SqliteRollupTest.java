package dev.needle.intel.service;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The rollup contract on the embedded SQLite layout. */
class SqliteRollupTest extends RollupContract {

    @TempDir
    Path dataDir;

    @Override
    protected StoreFixture newFixture() {
        return new SqliteFixture(dataDir);
    }
}
