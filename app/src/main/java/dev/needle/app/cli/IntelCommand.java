package dev.needle.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code needle intel}: the threat-intelligence store's commands. */
@Command(name = "intel", mixinStandardHelpOptions = true,
        description = "Threat intelligence: import feeds, export blocklists, datasets,"
                + " attackers, organisations, tokens and sharing.",
        subcommands = {IntelImportCommand.class, IntelExportCommand.class,
            DatasetsCommand.class, AttackersCommand.class, OrgCommand.class, TokenCommand.class,
            ShareCommand.class})
final class IntelCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
