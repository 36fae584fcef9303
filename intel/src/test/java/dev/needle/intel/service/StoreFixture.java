package dev.needle.intel.service;

import java.time.Clock;
import java.util.List;

/** One kind of storage the contract tests run against, with what only a test may do to it. */
interface StoreFixture extends AutoCloseable {

    /** The per-day count tables migration 3 adds to a dataset store. */
    List<String> V3_ROLLUP_TABLES = List.of("rollup_attacker", "rollup_industry", "rollup_all");

    /** The per-day count tables of a dataset store. */
    List<String> ROLLUP_TABLES = List.of("rollup_attacker", "rollup_industry", "rollup_all",
            "rollup_technique");

    /** Opens the service on this storage; again after a close, on the same data. */
    IntelService open(Clock clock);

    /**
     * Runs SQL statements in a dataset's store, with its tables unqualified, as an operator at
     * a database prompt would.
     */
    void execute(String datasetId, String... statements) throws Exception;

    /** Makes a dataset's store fail every query, as a lost file or dropped table would. */
    default void breakDataset(String datasetId) throws Exception {
        breakEvents(datasetId);
        for (String table : ROLLUP_TABLES) {
            execute(datasetId, "ALTER TABLE " + table + " RENAME TO " + table + "_broken");
        }
    }

    /** Makes every query of a dataset's events table fail, leaving its rollup tables alone. */
    default void breakEvents(String datasetId) throws Exception {
        execute(datasetId, "ALTER TABLE events RENAME TO events_broken");
    }

    /**
     * Takes a dataset's store back to an earlier migration version, as an older Needle left it:
     * undoes the later migrations' changes to the schema, keeping the rows, and forgets them,
     * so that the next open migrates the store again.
     */
    default void rewind(String datasetId, int version) throws Exception {
        if (version < 5) {
            execute(datasetId, "DROP TABLE rollup_technique",
                    "DELETE FROM flyway_schema_history WHERE version = '5'");
        }
        if (version < 4) {
            execute(datasetId, "DROP INDEX events_added", "ALTER TABLE events DROP COLUMN"
                    + " added_us", "DELETE FROM flyway_schema_history WHERE version = '4'");
        }
        if (version < 3) {
            for (String table : V3_ROLLUP_TABLES) {
                execute(datasetId, "DROP TABLE " + table);
            }
            execute(datasetId, "DELETE FROM flyway_schema_history WHERE version = '3'");
        }
    }

    /** Every stored token row, each column's text joined by '|'. */
    List<String> tokenRows() throws Exception;

    /** Removes everything the fixture created. */
    @Override
    void close() throws Exception;
}
