package dev.needle.app.cli;

import java.util.List;

/** The intel commands on the embedded store: SQLite files in a fresh data dir per test. */
class IntelCommandsTest extends IntelCliContract {

    @Override
    List<String> storeOptions() {
        return List.of();
    }

    @Override
    String dataset(String base) {
        return base;
    }
}
