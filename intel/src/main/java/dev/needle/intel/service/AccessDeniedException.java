package dev.needle.intel.service;

/**
 * A call the principal's scopes or its organisation's rights do not allow, on something it may
 * see. What it may not see at all is reported as not found instead.
 */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
