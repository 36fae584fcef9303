package dev.needle.traffic.internal.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes encoded batches to the star schema: new dimension rows through DuckDB appenders (they
 * are few), request rows through a {@link FactSpool}.
 */
final class BatchWriter implements AutoCloseable {

    private final FactSpool requests;
    private final DuckDBAppender ips;
    private final DuckDBAppender texts;
    private final DuckDBAppender contexts;

    BatchWriter(DuckDBConnection connection, Path spoolDir) throws SQLException, IOException {
        String schema = DuckDBConnection.DEFAULT_SCHEMA;
        this.requests = new FactSpool(connection, spoolDir);
        this.ips = connection.createAppender(schema, "ips");
        this.texts = connection.createAppender(schema, "texts");
        this.contexts = connection.createAppender(schema, "contexts");
    }

    void write(EncodedBatch batch) throws SQLException, IOException {
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
        requests.write(batch);
    }

    /** Hands everything appended to DuckDB, inside the connection's open transaction. */
    void flush() throws SQLException, IOException {
        ips.flush();
        texts.flush();
        contexts.flush();
        requests.load();
    }

    @Override
    public void close() throws SQLException, IOException {
        requests.close();
        ips.close();
        texts.close();
        contexts.close();
    }
}
