package dev.needle.traffic.internal.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/**
 * Moves request rows into DuckDB through a spool file rather than the appender: rows are
 * written as plain integer CSV, and one {@code INSERT ... SELECT FROM read_csv} per chunk loads
 * them with DuckDB's own parallel reader. Measured on two cores, that costs about half of what
 * appending the same rows value by value does.
 *
 * <p>The spool file lives in the data dir and is deleted once its chunk is loaded; one left by
 * a crash is removed when the store opens. The load runs in the caller's transaction, so rows
 * and the ledger still commit together.
 */
final class FactSpool implements AutoCloseable {

    private static final String COLUMNS = "{'ts': 'BIGINT', 'ip_id': 'INTEGER',"
            + " 'ctx_id': 'INTEGER', 'path_id': 'INTEGER', 'query_id': 'INTEGER',"
            + " 'referer_id': 'INTEGER', 'ua_id': 'INTEGER', 'status': 'SMALLINT',"
            + " 'bytes': 'BIGINT'}";

    private final DuckDBConnection connection;
    private final Path file;
    private final byte[] line = new byte[9 * 21];
    private OutputStream out;
    private long rows;

    FactSpool(DuckDBConnection connection, Path spoolDir) throws IOException {
        this.connection = connection;
        Files.createDirectories(spoolDir);
        this.file = spoolDir.resolve("requests-" + ProcessHandle.current().pid() + ".csv");
    }

    /** Adds the batch's rows to the spool file. */
    void write(EncodedBatch batch) throws IOException {
        if (out == null) {
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
        }
        for (int i = 0; i < batch.size; i++) {
            int p = digits(line, 0, batch.timeMicros[i]);
            line[p++] = ',';
            p = digits(line, p, batch.ipId[i]);
            line[p++] = ',';
            p = digits(line, p, batch.contextId[i]);
            line[p++] = ',';
            p = digits(line, p, batch.pathId[i]);
            line[p++] = ',';
            p = digits(line, p, batch.queryId[i]);
            line[p++] = ',';
            p = digits(line, p, batch.refererId[i]);
            line[p++] = ',';
            p = digits(line, p, batch.userAgentId[i]);
            line[p++] = ',';
            p = digits(line, p, batch.status[i]);
            line[p++] = ',';
            p = digits(line, p, batch.bytes[i]);
            line[p++] = '\n';
            out.write(line, 0, p);
        }
        rows += batch.size;
    }

    /** Loads the spooled rows into {@code requests} in the open transaction, then empties it. */
    void load() throws IOException, SQLException {
        if (out == null) {
            return;
        }
        out.close();
        out = null;
        if (rows > 0) {
            String path = file.toAbsolutePath().toString().replace("'", "''");
            try (Statement st = connection.createStatement()) {
                st.execute("INSERT INTO requests SELECT make_timestamp(ts), ip_id, ctx_id,"
                        + " path_id, query_id, referer_id, ua_id, status, bytes FROM read_csv('"
                        + path + "', header = false, auto_detect = false, delim = ',',"
                        + " quote = '', escape = '', columns = " + COLUMNS + ")");
            }
        }
        rows = 0;
        Files.deleteIfExists(file);
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        Files.deleteIfExists(file);
    }

    /** Writes {@code value} (not negative) as decimal digits at {@code p}; returns the end. */
    private static int digits(byte[] buf, int p, long value) {
        if (value < 10) {
            buf[p] = (byte) ('0' + value);
            return p + 1;
        }
        int end = p + stringSize(value);
        int i = end;
        long v = value;
        while (v > 0) {
            buf[--i] = (byte) ('0' + (int) (v % 10));
            v /= 10;
        }
        return end;
    }

    private static int stringSize(long value) {
        long x = 10;
        for (int size = 1; size < 19; size++) {
            if (value < x) {
                return size;
            }
            x *= 10;
        }
        return 19;
    }
}
