package dev.needle.app.cli;

import dev.needle.analyst.llm.LlmSettings;
import dev.needle.app.analyst.PlannerChoice;
import picocli.CommandLine.Option;

/**
 * The options that point the analyst at an OpenAI-compatible LLM. Without {@code --llm-url} the
 * embedded planner answers. The key is read from an environment variable, never from the
 * command line, where other users of the machine could read it.
 */
final class LlmOptions {

    @Option(names = "--llm-url", paramLabel = "URL",
            description = "Base URL of an OpenAI-compatible API, ending in /v1.")
    String url;

    @Option(names = "--llm-model", paramLabel = "NAME", description = "Model to ask.")
    String model;

    @Option(names = "--llm-key-env", paramLabel = "VAR", defaultValue = "NEEDLE_LLM_KEY",
            description = "Environment variable holding the API key (default: ${DEFAULT-VALUE});"
                    + " none is sent when it is unset.")
    String keyVariable;

    /** The planner these options ask for. */
    PlannerChoice choice() {
        if (url == null && model == null) {
            return PlannerChoice.embedded();
        }
        if (url == null || model == null) {
            throw new CliException("--llm-url and --llm-model go together; give both or neither");
        }
        try {
            return PlannerChoice.llm(LlmSettings.withKeyFromEnvironment(url, model,
                    keyVariable));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }
}
