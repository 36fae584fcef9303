package dev.needle.traffic.internal.store;

import dev.needle.traffic.internal.parse.RequestRow;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.duckdb.DuckDBConnection;

/**
 * Two-stage ingest: the caller's thread reads and parses; a storing thread turns the parsed
 * rows into ids, writes them and commits. On a two-core machine this keeps both cores busy:
 * parsing and encoding cost about the same.
 *
 * <p>Batches circulate between a free queue and a full queue, so memory stays fixed. A batch with
 * {@link ParsedBatch#commit} set makes the storing thread flush, record the source state in the
 * same transaction, and commit. A failure on the storing thread is rethrown to the caller at
 * its next call.
 */
final class IngestPipeline implements AutoCloseable {

    private static final int BATCHES = 4;
    private static final ParsedBatch END = new ParsedBatch();

    private final DuckDBConnection connection;
    private final SourceLedger ledger;
    private final Path spoolDir;
    private final RowEncoder encoder;
    private final BlockingQueue<ParsedBatch> free = new ArrayBlockingQueue<>(BATCHES);
    private final BlockingQueue<ParsedBatch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final Thread storer;
    private volatile SQLException failure;
    private boolean finished;

    IngestPipeline(DuckDBConnection connection, SourceLedger ledger, Path spoolDir,
            RowEncoder encoder) {
        this.connection = connection;
        this.ledger = ledger;
        this.spoolDir = spoolDir;
        this.encoder = encoder;
        for (int i = 0; i < BATCHES; i++) {
            free.add(new ParsedBatch());
        }
        this.storer = Thread.ofPlatform().name("needle-ingest-store").daemon().start(this::store);
    }

    /** An empty batch to fill; waits while all batches are in flight. */
    ParsedBatch take() throws SQLException {
        check();
        try {
            ParsedBatch batch = free.take();
            check();
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("ingest interrupted", e);
        }
    }

    /** Hands a filled batch to the storing thread. */
    void submit(ParsedBatch batch) throws SQLException {
        check();
        put(batch);
    }

    /** Waits until every submitted batch is stored, then rethrows any storing failure. */
    void finish() throws SQLException {
        if (!finished) {
            finished = true;
            put(END);
            join();
        }
        check();
    }

    @Override
    public void close() {
        if (!finished) {
            finished = true;
            storer.interrupt();
            join();
        }
    }

    private void store() {
        EncodedBatch encoded = new EncodedBatch();
        RequestRow row = new RequestRow();
        try (BatchWriter writer = new BatchWriter(connection, spoolDir)) {
            while (true) {
                ParsedBatch batch = full.take();
                if (batch == END) {
                    break;
                }
                for (int i = 0; i < batch.size(); i++) {
                    batch.load(i, row);
                    encoder.encode(row, encoded);
                }
                writer.write(encoded);
                encoded.clear();
                if (batch.commit) {
                    writer.flush();
                    if (batch.sourceState != null) {
                        ledger.update(batch.sourceState);
                    }
                    connection.commit();
                }
                batch.clear();
                free.put(batch);
            }
        } catch (SQLException e) {
            fail(e);
        } catch (IOException e) {
            fail(new SQLException("writing the ingest spool file failed: " + e.getMessage(), e));
        } catch (InterruptedException e) {
            failure = new SQLException("ingest storing thread interrupted", e);
        }
    }

    /** Records the failure and wakes a caller waiting for a free batch, so it sees it. */
    private void fail(SQLException e) {
        failure = e;
        free.clear();
        free.add(new ParsedBatch());
    }

    private void put(ParsedBatch batch) throws SQLException {
        try {
            full.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("ingest interrupted", e);
        }
    }

    private void join() {
        try {
            storer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void check() throws SQLException {
        SQLException e = failure;
        if (e != null) {
            throw e;
        }
    }
}
