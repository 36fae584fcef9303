package dev.needle.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code needle} command; each part adds its subcommands here. */
@Command(name = "needle", mixinStandardHelpOptions = true, version = "needle 0.1.0",
        description = "Self-hosted security center: answers from your own traffic and intel.",
        subcommands = {IngestCommand.class, TopCommand.class, SeriesCommand.class,
            FindingsCommand.class, ServeCommand.class, DemoCommand.class, IntelCommand.class,
            EventsCommand.class, IocCommand.class, AskCommand.class, ChatCommand.class,
            AnalystCommand.class,
            CommandLine.HelpCommand.class})
public final class NeedleCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with Needle's error handling: messages, not stack traces. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NeedleCommand());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
