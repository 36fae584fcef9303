package dev.needle.intel.service;

import java.util.Set;

/**
 * Which datasets a query covers: all the caller may read, or named ones. Naming a dataset the
 * caller may not read fails exactly as naming one that does not exist.
 *
 * @param all whether every readable dataset is covered
 * @param names the datasets covered when not all; empty when all
 */
public record DatasetScope(boolean all, Set<String> names) {

    public DatasetScope {
        names = Set.copyOf(names);
        if (all && !names.isEmpty()) {
            throw new IllegalArgumentException("a scope over all datasets names none; got "
                    + names);
        }
        if (!all && names.isEmpty()) {
            throw new IllegalArgumentException("name at least one dataset, or use all");
        }
    }

    /** Every dataset the caller may read. */
    public static DatasetScope everything() {
        return new DatasetScope(true, Set.of());
    }

    /** These datasets. */
    public static DatasetScope of(String... names) {
        return new DatasetScope(false, Set.of(names));
    }
}
