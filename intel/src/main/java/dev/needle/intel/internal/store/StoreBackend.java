package dev.needle.intel.internal.store;

import dev.needle.intel.service.FieldType;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Where the registry and the dataset stores live: SQLite files or PostgreSQL schemas. */
public interface StoreBackend extends AutoCloseable {

    /** The SQL flavour. */
    Dialect dialect();

    /** Access to the registry tables. */
    Jdbi registry();

    /** The registry's table names. */
    Tables registryTables();

    /** Creates and migrates the store of a new dataset, with its extra-field columns. */
    DatasetStore createStore(String datasetId, Map<String, FieldType> extraFields);

    /** The store of an existing dataset, opened and migrated on first use. */
    DatasetStore store(String datasetId, Map<String, FieldType> extraFields);

    /** Removes a dataset's store, as when its creation failed half-way. */
    void dropStore(String datasetId);

    /** Where the data is, for logs; never with credentials. */
    String describe();

    @Override
    void close();

    /** Checks a dataset id, which names files and schemas: 32 lower-case hex digits. */
    static String requireDatasetId(String id) {
        if (!id.matches("[0-9a-f]{32}")) {
            throw new IllegalStateException("dataset id '" + id + "' is not 32 hex digits");
        }
        return id;
    }
}
