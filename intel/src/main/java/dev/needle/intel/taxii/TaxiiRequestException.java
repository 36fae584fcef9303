package dev.needle.intel.taxii;

/** A request the server cannot answer as asked; the message names the parameter and value. */
final class TaxiiRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    TaxiiRequestException(String message) {
        super(message);
    }
}
