package dev.needle.traffic.internal.store;

import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Appends encoded batches to the star schema's tables through DuckDB appenders. */
final class BatchWriter implements AutoCloseable {

    private final DuckDBAppender requests;
    private final DuckDBAppender ips;
    private final DuckDBAppender texts;
    private final DuckDBAppender contexts;

    BatchWriter(DuckDBConnection connection) throws SQLException {
        String schema = DuckDBConnection.DEFAULT_SCHEMA;
        this.requests = connection.createAppender(schema, "requests");
        this.ips = connection.createAppender(schema, "ips");
        this.texts = connection.createAppender(schema, "texts");
        this.contexts = connection.createAppender(schema, "contexts");
    }

    void write(EncodedBatch batch) throws SQLException {
        for (EncodedBatch.IpRow ip : batch.newIps) {
            ips.beginRow().append(ip.id()).append(ip.ip());
            if (ip.hasRange()) {
                ips.append(ip.high()).append(ip.low());
            } else {
                ips.appendNull().appendNull();
            }
            ips.append(ip.country()).append(ip.asn()).endRow();
        }
        for (EncodedBatch.TextRow text : batch.newTexts) {
            texts.beginRow().append(text.id()).append(text.value()).endRow();
        }
        for (EncodedBatch.ContextRow c : batch.newContexts) {
            contexts.beginRow().append(c.id()).append(c.method()).append(c.protocol())
                    .append(c.host()).append(c.ja3()).append(c.ja4()).endRow();
        }
        for (int i = 0; i < batch.size; i++) {
            requests.beginRow()
                    .appendEpochMicros(batch.timeMicros[i])
                    .append(batch.ipId[i])
                    .append(batch.contextId[i])
                    .append(batch.pathId[i])
                    .append(batch.queryId[i])
                    .append(batch.refererId[i])
                    .append(batch.userAgentId[i])
                    .append(batch.status[i])
                    .append(batch.bytes[i])
                    .endRow();
        }
    }

    /** Hands everything appended to DuckDB, inside the connection's open transaction. */
    void flush() throws SQLException {
        ips.flush();
        texts.flush();
        contexts.flush();
        requests.flush();
    }

    @Override
    public void close() throws SQLException {
        requests.close();
        ips.close();
        texts.close();
        contexts.close();
    }
}
