package dev.needle.app.cli;

import dev.needle.intel.service.AccessDeniedException;
import dev.needle.intel.service.DatasetNotFoundException;
import dev.needle.intel.service.IntelStoreException;
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
        if (e instanceof IllegalArgumentException || e instanceof CliException
                || e instanceof DatasetNotFoundException || e instanceof AccessDeniedException) {
            cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof TrafficStoreException || e instanceof IntelStoreException) {
            cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            return STORE_FAILURE;
        }
        throw e;
    }
}
