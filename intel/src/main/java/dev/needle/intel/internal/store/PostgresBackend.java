package dev.needle.intel.internal.store;

import dev.needle.intel.service.FieldType;
import dev.needle.intel.service.PostgresSettings;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The server layout: the registry in one schema and each dataset in a schema of its own named
 * by the prefix and the dataset's id. The data source opens a connection per operation; a
 * deployment with heavy traffic puts a pooling proxy in front.
 */
public final class PostgresBackend implements StoreBackend {

    private final PostgresSettings settings;
    private final PGSimpleDataSource source;
    private final Jdbi jdbi;
    private final ConcurrentMap<String, DatasetStore> stores = new ConcurrentHashMap<>();

    private PostgresBackend(PostgresSettings settings, PGSimpleDataSource source) {
        this.settings = settings;
        this.source = source;
        this.jdbi = SqlAccess.over(source);
    }

    /** Connects and migrates the registry schema. */
    public static PostgresBackend open(PostgresSettings settings) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(settings.jdbcUrl());
        source.setUser(settings.user());
        source.setPassword(settings.password());
        source.setReWriteBatchedInserts(true);
        Migrations.apply(source, "classpath:db/intel/registry",
                Optional.of(settings.registrySchema()),
                "the intel registry schema " + settings.registrySchema());
        return new PostgresBackend(settings, source);
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public Jdbi registry() {
        return jdbi;
    }

    @Override
    public Tables registryTables() {
        return Tables.inSchema(settings.registrySchema());
    }

    @Override
    public DatasetStore createStore(String datasetId, Map<String, FieldType> extraFields) {
        try {
            DatasetStore store = migrated(schema(datasetId), extraFields);
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
        return stores.computeIfAbsent(datasetId, id -> migrated(schema(id), extraFields));
    }

    @Override
    public void dropStore(String datasetId) {
        stores.remove(datasetId);
        jdbi.useHandle(handle -> handle.execute("DROP SCHEMA IF EXISTS \"" + schema(datasetId)
                + "\" CASCADE"));
    }

    @Override
    public String describe() {
        return "PostgreSQL " + settings.jdbcUrl().replaceAll("\\?.*", "") + ", registry schema "
                + settings.registrySchema();
    }

    @Override
    public void close() {
        stores.clear();
    }

    private String schema(String datasetId) {
        return settings.datasetSchemaPrefix() + StoreBackend.requireDatasetId(datasetId);
    }

    private DatasetStore migrated(String schema, Map<String, FieldType> extraFields) {
        Migrations.apply(source, Dialect.POSTGRESQL.datasetMigrations(), Optional.of(schema),
                "dataset schema " + schema);
        return new DatasetStore(jdbi, Dialect.POSTGRESQL, Tables.inSchema(schema), extraFields);
    }
}
