package dev.needle.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle ioc}: look indicators up in the intel store. */
@Command(name = "ioc", mixinStandardHelpOptions = true,
        description = "Look indicators up: given values, or the client IPs seen in traffic.",
        subcommands = {IocCheckCommand.class, IocTrafficCommand.class})
final class IocCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
