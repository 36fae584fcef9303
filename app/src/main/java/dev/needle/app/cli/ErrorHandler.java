package dev.needle.app.cli;

import dev.needle.traffic.TrafficStoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on stderr and an exit code: 2 for bad input (an argument, a
 * filter, a file), 3 for a store that cannot be used. An unexpected failure is a bug and keeps
 * its stack trace, since that is what a bug report needs.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int STORE_FAILURE = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed)
            throws Exception {
        if (e instanceof IllegalArgumentException || e instanceof CliException) {
            cli.getErr().println("needle " + cli.getCommandName() + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof TrafficStoreException) {
            cli.getErr().println("needle " + cli.getCommandName() + ": " + e.getMessage());
            return STORE_FAILURE;
        }
        throw e;
    }
}
