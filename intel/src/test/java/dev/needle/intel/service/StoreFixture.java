package dev.needle.intel.service;

import java.time.Clock;
import java.util.List;

/** One kind of storage the contract tests run against, with what only a test may do to it. */
interface StoreFixture extends AutoCloseable {

    /** Opens the service on this storage; again after a close, on the same data. */
    IntelService open(Clock clock);

    /** Makes a dataset's store fail every query, as a lost file or dropped table would. */
    void breakDataset(String datasetId) throws Exception;

    /** Every stored token row, each column's text joined by '|'. */
    List<String> tokenRows() throws Exception;

    /** Removes everything the fixture created. */
    @Override
    void close() throws Exception;
}
