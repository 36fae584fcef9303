package dev.needle.analyst;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a planner made of a question: the intent, the calls to run in order, a sentence on what
 * it understood, and notes for the user (such as "the LLM did not answer; the embedded planner
 * did"). A {@link Intent#CLARIFY} plan has no calls; its {@code understood} text is the question
 * back to the user.
 */
public record Plan(Intent intent, List<ToolCall> calls, String understood, List<String> notes) {

    public Plan {
        Objects.requireNonNull(intent, "intent");
        calls = List.copyOf(calls);
        Objects.requireNonNull(understood, "understood");
        notes = List.copyOf(notes);
        if (intent == Intent.CLARIFY && !calls.isEmpty()) {
            throw new IllegalArgumentException("a clarifying plan runs no tools");
        }
    }

    /** A plan of one call. */
    public static Plan of(Intent intent, ToolCall call, String understood) {
        return new Plan(intent, List.of(call), understood, List.of());
    }

    /** A plan that runs nothing and asks the user {@code question}. */
    public static Plan ask(String question) {
        return new Plan(Intent.CLARIFY, List.of(), question, List.of());
    }

    /** This plan with one more note. */
    public Plan withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new Plan(intent, calls, understood, more);
    }

    /** Whether the plan asks instead of running tools. */
    public boolean asks() {
        return intent == Intent.CLARIFY;
    }
}
