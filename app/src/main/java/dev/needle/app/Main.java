package dev.needle.app;

import dev.needle.app.cli.NeedleCommand;
import picocli.CommandLine;

/** Entry point of the {@code needle} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(NeedleCommand.commandLine().execute(args));
    }
}
