package dev.needle.intel.service;

/** The added-order contract on PostgreSQL, in schemas of its own. */
class PostgresAddedOrderTest extends AddedOrderContract {

    @Override
    protected StoreFixture newFixture() {
        return PostgresFixture.fromEnvironment();
    }
}
