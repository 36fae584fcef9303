package dev.needle.intel.service;

/** The graph contract on PostgreSQL, in schemas of its own. */
class PostgresGraphTest extends GraphContract {

    @Override
    protected StoreFixture newFixture() {
        return PostgresFixture.fromEnvironment();
    }
}
