package dev.needle.intel.service;

/** The match contract on PostgreSQL, in schemas of its own. */
class PostgresMatchTest extends MatchContract {

    @Override
    protected StoreFixture newFixture() {
        return PostgresFixture.fromEnvironment();
    }
}
