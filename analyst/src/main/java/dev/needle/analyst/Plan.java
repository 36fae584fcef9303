package dev.needle.analyst;

import java.util.List;
import java.util.Objects;

/**
 * What a planner made of a question: the intent, the calls to run in order, and a sentence on
 * what it understood. A {@link Intent#CLARIFY} plan has no calls; its {@code understood} text is
 * the question back to the user.
 */
public record Plan(Intent intent, List<ToolCall> calls, String understood) {

    public Plan {
        Objects.requireNonNull(intent, "intent");
        calls = List.copyOf(calls);
        Objects.requireNonNull(understood, "understood");
        if (intent == Intent.CLARIFY && !calls.isEmpty()) {
            throw new IllegalArgumentException("a clarifying plan runs no tools");
        }
    }

    /** A plan of one call. */
    public static Plan of(Intent intent, ToolCall call, String understood) {
        return new Plan(intent, List.of(call), understood);
    }

    /** A plan that runs nothing and asks the user {@code question}. */
    public static Plan ask(String question) {
        return new Plan(Intent.CLARIFY, List.of(), question);
    }

    /** Whether the plan asks instead of running tools. */
    public boolean asks() {
        return intent == Intent.CLARIFY;
    }
}
