package dev.needle.intel.service;

/** The import contract on PostgreSQL, in schemas of its own. */
class PostgresImportTest extends ImportContract {

    @Override
    protected StoreFixture newFixture() {
        return PostgresFixture.fromEnvironment();
    }
}
