package dev.needle.intel.service;

/** The rollup contract on PostgreSQL, in schemas of its own. */
class PostgresRollupTest extends RollupContract {

    @Override
    protected StoreFixture newFixture() {
        return PostgresFixture.fromEnvironment();
    }
}
