package dev.needle.app.cli;

import dev.needle.analyst.conversation.ConversationStore;
import dev.needle.analyst.conversation.Profile;
import dev.needle.analyst.plan.IndustryNames;
import dev.needle.app.intel.LocalIntel;
import dev.needle.intel.service.PostgresSettings;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle analyst profile}: what "my industry" and "my country" mean in questions. */
@Command(name = "analyst", mixinStandardHelpOptions = true,
        description = "Settings of the analyst.",
        subcommands = AnalystCommand.ProfileCommand.class)
final class AnalystCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Shows or sets the local organisation's industry and country. */
    @Command(name = "profile", mixinStandardHelpOptions = true,
            description = "Show or set your industry and country (for \"who is targeting my"
                    + " industry?\").")
    static final class ProfileCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private DataOption data;

        @Option(names = "--industry", paramLabel = "NAME", description = "finance, healthcare,"
                + " government, education, energy, retail, technology, telecommunications,"
                + " manufacturing, transportation, media, defense, legal or hospitality.")
        private String industry;

        @Option(names = "--country", paramLabel = "CODE",
                description = "ISO 3166 alpha-2 code, such as DE.")
        private String country;

        @Override
        public Integer call() {
            ConversationStore store = data.db == null ? ConversationStore.embedded(data.dir)
                    : ConversationStore.postgres(PostgresSettings.fromDbUrl(data.db));
            Profile profile = store.profile(LocalIntel.ORGANISATION);
            if (industry != null || country != null) {
                profile = new Profile(
                        Optional.ofNullable(industry).map(ProfileCommand::industry)
                                .or(profile::industry),
                        Optional.ofNullable(country).map(ProfileCommand::country)
                                .or(profile::country));
                store.setProfile(LocalIntel.ORGANISATION, profile);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("industry: " + profile.industry().orElse("(not set)"));
            out.println("country: " + profile.country().orElse("(not set)"));
            out.flush();
            return 0;
        }

        private static String industry(String name) {
            String lower = name.strip().toLowerCase(Locale.ROOT);
            if (!IndustryNames.all().contains(lower)) {
                throw new CliException("--industry '" + name + "' is not one of "
                        + IndustryNames.all());
            }
            return lower;
        }

        private static String country(String code) {
            String upper = code.strip().toUpperCase(Locale.ROOT);
            if (!java.util.Set.of(Locale.getISOCountries()).contains(upper)) {
                throw new CliException("--country '" + code + "' is not an ISO 3166 alpha-2"
                        + " code such as DE or US");
            }
            return upper;
        }
    }
}
