package dev.needle.app.cli;

import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Organisation;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle intel org}: organisations, the tenants datasets are shared with. */
@Command(name = "org", mixinStandardHelpOptions = true,
        description = "Organisations: tenants that own tokens and read shared datasets.",
        subcommands = OrgCommand.Create.class)
final class OrgCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code needle intel org create NAME}: registers an organisation. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Register an organisation (lower-case letters, digits, . - _).")
    static final class Create implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private DataOption data;

        @Parameters(paramLabel = "NAME", description = "The organisation's name.")
        private String name;

        @Override
        public Integer call() {
            Organisation organisation;
            try (IntelService intel = data.openIntel()) {
                organisation = intel.createOrganisation(name);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("organisation " + organisation.name() + " created");
            out.flush();
            return 0;
        }
    }
}
