package dev.needle.app.analyst;

import dev.needle.analyst.llm.LlmPlanner;
import dev.needle.analyst.llm.LlmSettings;
import dev.needle.analyst.plan.EmbeddedPlanner;
import dev.needle.analyst.plan.Planner;
import java.util.Collection;
import java.util.function.Function;

/** Which planner answers: the embedded one, or an LLM with the embedded one as fallback. */
public interface PlannerChoice {

    /** The planner for each question, given the attacker names the caller can see. */
    Function<Collection<String>, Planner> planners(EmbeddedPlanner embedded);

    /** A few words for logs; never the API key. */
    String describe();

    /** An LLM, with the embedded planner answering whenever the LLM fails. */
    static PlannerChoice llm(LlmSettings settings) {
        return new PlannerChoice() {
            @Override
            public Function<Collection<String>, Planner> planners(EmbeddedPlanner embedded) {
                LlmPlanner llm = new LlmPlanner(settings, embedded);
                return names -> llm.withFallback(embedded.withAttackers(names));
            }

            @Override
            public String describe() {
                return "LLM planner " + settings;
            }
        };
    }

    /** The embedded planner alone. */
    static PlannerChoice embedded() {
        return new PlannerChoice() {
            @Override
            public Function<Collection<String>, Planner> planners(EmbeddedPlanner embedded) {
                return embedded::withAttackers;
            }

            @Override
            public String describe() {
                return "embedded planner";
            }
        };
    }
}
