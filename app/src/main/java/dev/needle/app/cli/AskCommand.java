package dev.needle.app.cli;

import dev.needle.analyst.Answer;
import dev.needle.analyst.ConversationNotFoundException;
import dev.needle.app.NeedleParts;
import dev.needle.app.analyst.PlannerChoice;
import dev.needle.app.intel.LocalIntel;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code needle ask QUESTION}: one question to the analyst, answered with its evidence. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask the analyst a question about your traffic and intel.")
final class AskCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Mixin
    private LlmOptions llm;

    @Parameters(paramLabel = "QUESTION", arity = "1..*",
            description = "The question, e.g. \"what are the top 5 IP addresses?\"")
    private String[] words;

    @Option(names = "--conversation", paramLabel = "ID",
            description = "Continue this conversation (its id is printed with each answer).")
    private String conversation;

    @Option(names = "--json", description = "Print the answer, its table and evidence as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PlannerChoice planner = llm.choice();
        data.requireExisting();
        try (NeedleParts parts = data.openParts(planner)) {
            Answer answer = parts.analyst().get().ask(LocalIntel.principal(),
                    Optional.ofNullable(conversation), String.join(" ", words));
            if (json) {
                AnswerPrinter.json(out, answer);
            } else {
                AnswerPrinter.text(out, answer);
            }
        } catch (ConversationNotFoundException e) {
            throw new CliException(e.getMessage());
        }
        out.flush();
        return 0;
    }
}
