package dev.needle.traffic.internal.store;

import dev.needle.traffic.TrafficStoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The traffic store: one DuckDB file, {@code traffic.duckdb}, in the data dir, with its schema
 * brought up to date on open.
 *
 * <p>The schema is a star: {@code requests} holds one narrow row per request with ids into
 * {@code ips} (address, range bits, country, ASN), {@code texts} (paths, queries, referers, user
 * agents) and {@code contexts} (method, protocol, host, TLS fingerprints). Narrow rows make both
 * ingest and grouping fast (a row does not even record its source: the {@code sources} ledger
 * says how much of each source was read); the view {@code request_rows} joins them back for
 * ad-hoc reads.
 *
 * <p>DuckDB lets one process at a time open a file for writing; a second Needle process on the
 * same data dir gets a {@link TrafficStoreException} saying so. Migrations are numbered SQL steps
 * kept here, applied in order in one transaction each; the applied version is in
 * {@code needle_schema}.
 */
public final class TrafficDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TrafficDb.class);

    /** Schema steps; index + 1 is the version each brings the store to. Append only. */
    private static final List<String> MIGRATIONS = List.of("""
            CREATE TABLE requests (
                ts TIMESTAMP NOT NULL,
                ip_id INTEGER NOT NULL,
                ctx_id INTEGER NOT NULL,
                path_id INTEGER NOT NULL,
                query_id INTEGER NOT NULL,
                referer_id INTEGER NOT NULL,
                ua_id INTEGER NOT NULL,
                status SMALLINT NOT NULL,
                bytes BIGINT NOT NULL
            );
            CREATE TABLE ips (
                id INTEGER NOT NULL,
                ip VARCHAR NOT NULL,
                ip_hi BIGINT,
                ip_lo BIGINT,
                country VARCHAR NOT NULL,
                asn INTEGER NOT NULL
            );
            CREATE TABLE texts (
                id INTEGER NOT NULL,
                value VARCHAR NOT NULL
            );
            CREATE TABLE contexts (
                id INTEGER NOT NULL,
                method VARCHAR NOT NULL,
                protocol VARCHAR NOT NULL,
                host VARCHAR NOT NULL,
                ja3 VARCHAR NOT NULL,
                ja4 VARCHAR NOT NULL
            );
            CREATE VIEW request_rows AS
            SELECT r.ts, i.ip, i.ip_hi, i.ip_lo, i.country, i.asn, c.method, c.protocol,
                   c.host, c.ja3, c.ja4, p.value AS path, q.value AS query,
                   f.value AS referer, u.value AS ua, r.status, r.bytes
            FROM requests r
            JOIN ips i ON i.id = r.ip_id
            JOIN contexts c ON c.id = r.ctx_id
            JOIN texts p ON p.id = r.path_id
            JOIN texts q ON q.id = r.query_id
            JOIN texts f ON f.id = r.referer_id
            JOIN texts u ON u.id = r.ua_id;
            CREATE TABLE sources (
                id INTEGER PRIMARY KEY,
                name VARCHAR NOT NULL,
                fingerprint_length INTEGER NOT NULL,
                fingerprint VARCHAR NOT NULL,
                compressed BOOLEAN NOT NULL,
                format VARCHAR NOT NULL,
                bytes_done BIGINT NOT NULL,
                lines_done BIGINT NOT NULL,
                rows_stored BIGINT NOT NULL,
                lines_rejected BIGINT NOT NULL,
                updated_at TIMESTAMP NOT NULL
            );
            """);

    private final DuckDBConnection connection;
    private final Path file;

    private TrafficDb(DuckDBConnection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens (creating if needed) the store in {@code dataDir}. */
    public static TrafficDb open(Path dataDir) {
        Path file = dataDir.resolve("traffic.duckdb");
        try {
            Files.createDirectories(dataDir);
            Connection raw = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            TrafficDb db = new TrafficDb(raw.unwrap(DuckDBConnection.class), file);
            db.migrate();
            db.clearSpool();
            return db;
        } catch (SQLException e) {
            throw TrafficStoreException.opening(file, e);
        } catch (java.io.IOException e) {
            throw new TrafficStoreException("cannot create data dir " + dataDir + ": "
                    + e.getMessage(),
                    e);
        }
    }

    /** Removes spool files a crashed ingest left; their rows were never committed. */
    private void clearSpool() throws java.io.IOException {
        Path spool = spoolDir();
        if (Files.isDirectory(spool)) {
            try (var files = Files.list(spool)) {
                for (Path left : files.toList()) {
                    Files.deleteIfExists(left);
                }
            }
        }
    }

    private void migrate() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS needle_schema (version INTEGER NOT NULL)");
            int version = 0;
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM needle_schema")) {
                if (rs.next()) {
                    version = rs.getInt(1);
                }
            }
            if (version > MIGRATIONS.size()) {
                throw new TrafficStoreException("store " + file + " has schema version " + version
                        + ", newer than this Needle (" + MIGRATIONS.size() + "); upgrade Needle");
            }
            for (int v = version; v < MIGRATIONS.size(); v++) {
                connection.setAutoCommit(false);
                try {
                    st.execute(MIGRATIONS.get(v));
                    st.execute("INSERT INTO needle_schema VALUES (" + (v + 1) + ")");
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
                LOG.info("Traffic store {} migrated to schema version {}", file, v + 1);
            }
        }
    }

    /** The open connection. Confined to one thread at a time by the caller. */
    public DuckDBConnection connection() {
        return connection;
    }

    /** Where ingest spools rows before loading them; emptied when the store opens. */
    public Path spoolDir() {
        return file.resolveSibling("ingest-spool");
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing traffic store {} failed: {}", file, e.getMessage());
        }
    }
}
