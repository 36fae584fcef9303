package dev.needle.app.cli;

import dev.needle.app.intel.LocalIntel;
import dev.needle.intel.service.Dataset;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Sharing;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle intel share}: who besides the local organisation may read a dataset. */
@Command(name = "share", mixinStandardHelpOptions = true,
        description = "Share a dataset with organisations, make it public, or private again.")
final class ShareCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Parameters(paramLabel = "DATASET", description = "A dataset the local organisation owns.")
    private String dataset;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Audience audience;

    /** Exactly one of the three ways to share. */
    static final class Audience {
        @Option(names = "--with", paramLabel = "ORG", arity = "1..*", split = ",",
                description = "Readable by these organisations (read-only).")
        List<String> partners;

        @Option(names = "--public", description = "Readable by every organisation.")
        boolean everyone;

        @Option(names = "--private", description = "Readable by the local organisation only.")
        boolean nobody;
    }

    @Override
    public Integer call() {
        Sharing sharing = audience.everyone ? Sharing.publicly()
                : audience.nobody ? Sharing.privately()
                : Sharing.withPartners(audience.partners.toArray(String[]::new));
        Dataset changed;
        try (IntelService intel = data.openIntel()) {
            changed = intel.changeSharing(LocalIntel.principal(), dataset, sharing);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("dataset " + TextTable.printable(changed.name()) + " is now "
                + changed.sharing().visibility().label()
                + (changed.sharing().partners().isEmpty() ? ""
                        : " to " + String.join(", ", changed.sharing().partners().stream()
                                .sorted().toList())));
        out.flush();
        return 0;
    }
}
