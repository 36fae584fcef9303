package dev.needle.intel.service;

/**
 * A dataset that does not exist or that the caller may not read; the two cases read the same
 * so that the error reveals nothing.
 */
public final class DatasetNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String dataset;

    public DatasetNotFoundException(String dataset, String organisation) {
        super("no dataset '" + dataset + "' is visible to organisation '" + organisation + "'");
        this.dataset = dataset;
    }

    /** The name that was asked for. */
    public String dataset() {
        return dataset;
    }
}
