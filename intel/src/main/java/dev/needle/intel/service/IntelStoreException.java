package dev.needle.intel.service;

/** The storage failed: a database or file could not be read or written. */
public final class IntelStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IntelStoreException(String message) {
        super(message);
    }

    public IntelStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
