package dev.needle.intel.attack;

/** A technique id that is malformed or not in the catalog; the message names the id. */
public final class UnknownTechniqueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnknownTechniqueException(String message) {
        super(message);
    }
}
