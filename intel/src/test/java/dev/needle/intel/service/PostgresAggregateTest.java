package dev.needle.intel.service;

/** The aggregate contract on PostgreSQL, in schemas of its own. */
class PostgresAggregateTest extends AggregateContract {

    @Override
    protected StoreFixture newFixture() {
        return PostgresFixture.fromEnvironment();
    }
}
