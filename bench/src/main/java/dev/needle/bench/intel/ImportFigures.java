package dev.needle.bench.intel;

/**
 * How the import went.
 *
 * @param events events stored
 * @param datasets datasets they went to
 * @param batchSize events per {@code importFeed} call
 * @param storeNanos time inside {@code importFeed}, which writes and re-indexes
 * @param wallNanos time with the generation of events included
 */
record ImportFigures(long events, int datasets, int batchSize, long storeNanos, long wallNanos) {

    /** Events per second inside {@code importFeed}. */
    double storeRate() {
        return events / (storeNanos / 1e9);
    }

    /** Events per second, generation included. */
    double wallRate() {
        return events / (wallNanos / 1e9);
    }
}
