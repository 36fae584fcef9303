package dev.needle.core.indicator;

/** A value that is not an indicator of the expected type; the message names value and type. */
public final class InvalidIndicatorException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidIndicatorException(String message) {
        super(message);
    }
}
