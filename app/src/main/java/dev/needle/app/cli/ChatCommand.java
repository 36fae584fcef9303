package dev.needle.app.cli;

import dev.needle.analyst.Analyst;
import dev.needle.analyst.Answer;
import dev.needle.app.NeedleParts;
import dev.needle.app.analyst.PlannerChoice;
import dev.needle.app.intel.LocalIntel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code needle chat}: a conversation with the analyst on the terminal. Each line is a question;
 * follow-ups refer to the answers before. {@code /new} starts over, {@code /quit} or end of
 * input ends.
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Talk with the analyst: ask, then refine with follow-ups.")
final class ChatCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption data;

    @Mixin
    private LlmOptions llm;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8));
        PlannerChoice planner = llm.choice();
        data.requireExisting();
        try (NeedleParts parts = data.openParts(planner)) {
            out.println("Loading the analyst...");
            out.flush();
            Analyst analyst = parts.analyst().get();
            out.println("Ask about your traffic and intel; /new starts over, /quit ends.");
            Optional<String> conversation = Optional.empty();
            while (true) {
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (line == null || line.strip().equals("/quit")) {
                    break;
                }
                if (line.strip().equals("/new")) {
                    conversation = Optional.empty();
                    out.println("(new conversation)");
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                Answer answer = analyst.ask(LocalIntel.principal(), conversation, line);
                conversation = Optional.of(answer.conversation());
                AnswerPrinter.text(out, answer);
                out.println();
            }
        }
        out.flush();
        return 0;
    }
}
