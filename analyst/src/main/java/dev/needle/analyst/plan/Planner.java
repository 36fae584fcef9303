package dev.needle.analyst.plan;

import dev.needle.analyst.Plan;
import dev.needle.analyst.conversation.ConversationState;

/** Turns a question, in the light of the conversation so far, into a plan. */
public interface Planner {

    /** The plan for {@code question}; a planner that is unsure returns a clarifying plan. */
    Plan plan(String question, ConversationState state);

    /** A short name for evidence, such as {@code embedded}. */
    String name();
}
