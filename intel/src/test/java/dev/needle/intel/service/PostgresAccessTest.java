package dev.needle.intel.service;

/** The access contract on PostgreSQL, in schemas of its own. */
class PostgresAccessTest extends AccessContract {

    @Override
    protected StoreFixture newFixture() {
        return PostgresFixture.fromEnvironment();
    }
}
