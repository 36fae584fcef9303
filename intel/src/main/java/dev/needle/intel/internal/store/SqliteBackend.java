package dev.needle.intel.internal.store;

import dev.needle.intel.service.FieldType;
import dev.needle.intel.service.IntelStoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded layout: {@code <data>/intel/registry.sqlite} and one
 * {@code <data>/intel/datasets/<id>.sqlite} per dataset, in WAL mode so that readers never
 * wait for a writer. Each operation opens its own connection.
 */
public final class SqliteBackend implements StoreBackend {

    private final Path datasetsDir;
    private final Jdbi registry;
    private final ConcurrentMap<String, DatasetStore> stores = new ConcurrentHashMap<>();

    private SqliteBackend(Path datasetsDir, Jdbi registry) {
        this.datasetsDir = datasetsDir;
        this.registry = registry;
    }

    /** Opens, or creates, the intel files under {@code dataDir}. */
    public static SqliteBackend open(Path dataDir) {
        Path intel = dataDir.resolve("intel");
        Path datasets = intel.resolve("datasets");
        try {
            Files.createDirectories(datasets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + datasets, e);
        }
        Path registryFile = intel.resolve("registry.sqlite");
        DataSource source = dataSource(registryFile);
        Migrations.apply(source, "classpath:db/intel/registry", Optional.empty(),
                "the intel registry " + registryFile);
        return new SqliteBackend(datasets, SqlAccess.over(source));
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public Jdbi registry() {
        return registry;
    }

    @Override
    public Tables registryTables() {
        return Tables.unqualified();
    }

    @Override
    public DatasetStore createStore(String datasetId, Map<String, FieldType> extraFields) {
        Path file = file(datasetId);
        if (Files.exists(file)) {
            throw new IllegalStateException("dataset file " + file + " exists already");
        }
        try {
            DatasetStore store = migrated(file, extraFields);
            store.addExtraColumns();
            stores.put(datasetId, store);
            return store;
        } catch (RuntimeException e) {
            dropStore(datasetId);
            throw e;
        }
    }

    @Override
    public DatasetStore store(String datasetId, Map<String, FieldType> extraFields) {
        return stores.computeIfAbsent(datasetId, id -> {
            Path file = file(id);
            if (!Files.exists(file)) {
                throw new IntelStoreException("dataset file " + file + " is missing");
            }
            return migrated(file, extraFields);
        });
    }

    @Override
    public void dropStore(String datasetId) {
        stores.remove(datasetId);
        Path file = file(datasetId);
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    @Override
    public String describe() {
        return "SQLite files under " + datasetsDir.getParent();
    }

    @Override
    public void close() {
        stores.clear();
    }

    private Path file(String datasetId) {
        return datasetsDir.resolve(StoreBackend.requireDatasetId(datasetId) + ".sqlite");
    }

    private static DatasetStore migrated(Path file, Map<String, FieldType> extraFields) {
        DataSource source = dataSource(file);
        Migrations.apply(source, Dialect.SQLITE.datasetMigrations(), Optional.empty(),
                "dataset store " + file);
        return new DatasetStore(SqlAccess.over(source), Dialect.SQLITE, Tables.unqualified(),
                extraFields);
    }

    private static DataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setCacheSize(-65_536);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }
}
