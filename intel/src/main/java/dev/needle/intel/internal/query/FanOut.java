package dev.needle.intel.internal.query;

import dev.needle.intel.service.Completeness;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.IntelStoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one prepared query per dataset store at once, each on its own virtual thread, and
 * gathers what came back. A store that fails is named in the completeness; the others' results
 * still count.
 */
public final class FanOut implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FanOut.class);

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    /** Runs the tasks and waits for all of them. */
    public <T> Gathered<T> run(Map<Dataset, Supplier<T>> tasks) {
        Map<Dataset, Future<T>> futures = new LinkedHashMap<>();
        tasks.forEach((dataset, task) -> futures.put(dataset, executor.submit(task::get)));
        Map<Dataset, T> results = new LinkedHashMap<>();
        List<String> failed = new ArrayList<>();
        for (Map.Entry<Dataset, Future<T>> entry : futures.entrySet()) {
            Dataset dataset = entry.getKey();
            try {
                results.put(dataset, entry.getValue().get());
            } catch (ExecutionException e) {
                LOG.error("store of dataset '{}' ({}) failed a query: {}", dataset.name(),
                        dataset.id(), e.getCause().toString(), e.getCause());
                failed.add(dataset.name());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IntelStoreException("interrupted while querying dataset stores", e);
            }
        }
        return new Gathered<>(results, failed);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * What the stores returned.
     *
     * @param results the result of each store that answered, in the order of the tasks
     * @param failed names of the datasets whose store failed
     */
    public record Gathered<T>(Map<Dataset, T> results, List<String> failed) {

        /** Completeness as callers report it. */
        public Completeness completeness() {
            return new Completeness(failed.isEmpty(), failed, List.of());
        }
    }
}
