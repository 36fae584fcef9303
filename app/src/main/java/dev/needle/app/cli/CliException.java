package dev.needle.app.cli;

/** A command cannot run as asked; the message tells the user what to change. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
