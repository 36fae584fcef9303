package dev.needle.intel.service;

/** The search contract on PostgreSQL, in schemas of its own. */
class PostgresSearchTest extends SearchContract {

    @Override
    protected StoreFixture newFixture() {
        return PostgresFixture.fromEnvironment();
    }
}
