package dev.needle.intel.taxii;

import dev.needle.intel.export.NameBasedUuid;
import java.util.UUID;

/**
 * The TAXII collection that serves one dataset.
 *
 * @param id the collection id, a version 5 UUID of the dataset name, so it never changes
 * @param dataset the dataset's name, also the collection's title
 */
public record TaxiiCollection(UUID id, String dataset) {

    /** The collection of {@code dataset}. */
    public static TaxiiCollection of(String dataset) {
        return new TaxiiCollection(NameBasedUuid.of("taxii-collection\n" + dataset), dataset);
    }
}
