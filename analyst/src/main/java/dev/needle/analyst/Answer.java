package dev.needle.analyst;

import dev.needle.analyst.tool.Table;
import java.util.List;
import java.util.Objects;

/**
 * The analyst's reply to one question.
 *
 * @param conversation the conversation's id, to ask a follow-up in
 * @param question the question as asked
 * @param intent what the question was taken to ask; {@link Intent#CLARIFY} when the analyst
 *     asks back
 * @param text a short answer in words
 * @param table the rows behind it (the first tool's), possibly empty
 * @param evidence each tool call that ran, in order
 * @param planner which planner made the plan: {@code embedded} or {@code llm:<model>}
 * @param notes remarks for the user, such as an LLM that did not answer
 */
public record Answer(String conversation, String question, Intent intent, String text,
        Table table, List<Evidence> evidence, String planner,
        List<String> notes) {

    public Answer {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(table, "table");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(planner, "planner");
        notes = List.copyOf(notes);
    }

    /** Whether the analyst asks back instead of answering. */
    public boolean asks() {
        return intent == Intent.CLARIFY;
    }
}
