package dev.needle.intel.service;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The added-order contract on the embedded SQLite layout. */
class SqliteAddedOrderTest extends AddedOrderContract {

    @TempDir
    Path dataDir;

    @Override
    protected StoreFixture newFixture() {
        return new SqliteFixture(dataDir);
    }
}
