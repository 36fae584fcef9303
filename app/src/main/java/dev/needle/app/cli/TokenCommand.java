package dev.needle.app.cli;

import dev.needle.app.json.Json;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.IssuedToken;
import dev.needle.intel.service.Scope;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle intel token}: API tokens for the REST API and TAXII. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "API tokens for the REST API and TAXII.",
        subcommands = TokenCommand.Create.class)
final class TokenCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code needle intel token create}: issues a token. The secret is printed once and stored
     * only as its hash, so it cannot be shown again.
     */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Issue a token for an organisation; its secret is shown this once.")
    static final class Create implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private DataOption data;

        @Option(names = "--org", paramLabel = "NAME", required = true,
                description = "The organisation the token acts for.")
        private String organisation;

        @Option(names = "--scope", paramLabel = "SCOPE", required = true, split = ",",
                description = "read, write or admin; admin includes write, write includes read.")
        private List<String> scopes;

        @Option(names = "--label", paramLabel = "TEXT", defaultValue = "",
                description = "A note on what the token is for.")
        private String label;

        @Option(names = "--json", description = "Print id and secret as JSON.")
        private boolean json;

        @Override
        public Integer call() throws Exception {
            Set<Scope> parsed = scopes.stream().map(Scope::parse).collect(Collectors.toSet());
            IssuedToken issued;
            try (IntelService intel = data.openIntel()) {
                issued = intel.issueToken(organisation, parsed, label);
            }
            PrintWriter out = spec.commandLine().getOut();
            List<String> labels = issued.token().scopes().stream().map(Scope::label).sorted()
                    .toList();
            if (json) {
                Map<String, Object> object = new LinkedHashMap<>();
                object.put("id", issued.token().id());
                object.put("organisation", issued.token().organisation());
                object.put("scopes", labels);
                object.put("label", issued.token().label());
                object.put("secret", issued.secret());
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(object));
            } else {
                out.println("token " + issued.token().id() + " for organisation "
                        + issued.token().organisation() + ", scopes " + labels);
                out.println("secret: " + issued.secret());
                out.println("The secret is shown only now; it cannot be shown again.");
            }
            out.flush();
            return 0;
        }
    }
}
