package dev.needle.analyst;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.analyst.conversation.ConversationState;
import dev.needle.analyst.conversation.ConversationStore;
import dev.needle.analyst.conversation.Entities;
import dev.needle.analyst.conversation.Profile;
import dev.needle.analyst.llm.LlmPlanner;
import dev.needle.analyst.plan.Planner;
import dev.needle.analyst.tool.Table;
import dev.needle.analyst.tool.ToolContext;
import dev.needle.analyst.tool.ToolException;
import dev.needle.analyst.tool.ToolOutcome;
import dev.needle.analyst.tool.Toolbox;
import dev.needle.intel.service.AccessDeniedException;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.Principal;
import dev.needle.traffic.TrafficService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions in conversations: plans each question, runs the plan's tools with the
 * caller's rights, and stores the question, the answer and the conversation's new state.
 *
 * <p>Text from logs and feeds reaches the answer only as data in tables and quoted values; the
 * planner reads nothing but the user's question and the conversation's own state, so an
 * instruction hidden in a user agent or a headline changes no plan.
 */
public final class Analyst {

    private static final Logger LOG = LoggerFactory.getLogger(Analyst.class);
    private static final ObjectMapper JSON = AnswerJson.MAPPER;

    private final Function<Collection<String>, Planner> planners;
    private final ConversationStore store;
    private final TrafficService traffic;
    private final IntelService intel;
    private final Clock clock;
    private final Toolbox toolbox = new Toolbox();
    private final AttackerVocabulary attackers;

    /**
     * @param planners makes the planner for a question, given the attacker names the caller can
     *     see (so the planner recognises them)
     */
    public Analyst(Function<Collection<String>, Planner> planners, ConversationStore store,
            TrafficService traffic, IntelService intel, Clock clock) {
        this.planners = planners;
        this.store = store;
        this.traffic = traffic;
        this.intel = intel;
        this.clock = clock;
        this.attackers = new AttackerVocabulary(intel, clock);
    }

    /**
     * Answers a question, in a new conversation or a stored one of the caller's organisation.
     *
     * @throws ConversationNotFoundException if {@code conversation} names no conversation of the
     *     caller's organisation
     */
    public Answer ask(Principal caller, Optional<String> conversation, String question) {
        String asked = question == null ? "" : question;
        Instant now = clock.instant();
        if (asked.isBlank() && conversation.isEmpty()) {
            // Nothing was asked: answer how to ask, and keep no conversation of it.
            Planner planner = planners.apply(List.of());
            Plan plan = planner.plan(asked, ConversationState.start(Profile.unknown()));
            return new Answer("", "", Intent.CLARIFY, plan.understood(), Table.empty(),
                    List.of(), planner.name(), plan.notes());
        }
        String id;
        ConversationState state;
        if (conversation.isPresent()) {
            id = conversation.get();
            state = store.state(caller.organisation(), id)
                    .orElseThrow(() -> new ConversationNotFoundException(conversation.get()));
        } else {
            state = ConversationState.start(store.profile(caller.organisation()));
            id = ConversationStore.newId();
        }
        Planner planner = planners.apply(attackers.names(caller));
        Plan plan = planner.plan(asked, state);
        String plannedBy = LlmPlanner.fellBack(plan) ? "embedded" : planner.name();
        Ran ran = run(caller, id, asked, plan, plannedBy);
        Entities named = plan.asks() ? state.entities() : ran.named();
        store.append(caller.organisation(), id, conversation.isEmpty(), shorten(asked),
                json(ran.answer()), state.after(plan, named), now);
        return ran.answer();
    }

    private Ran run(Principal caller, String id, String question, Plan plan, String planner) {
        if (plan.asks()) {
            return new Ran(new Answer(id, shorten(question), Intent.CLARIFY, plan.understood(),
                    Table.empty(), List.of(), planner, plan.notes()), Entities.none());
        }
        ToolContext context = new ToolContext(traffic, intel, caller, clock);
        List<Evidence> evidence = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Table table = Table.empty();
        Entities named = Entities.none();
        for (ToolCall call : plan.calls()) {
            long started = System.nanoTime();
            try {
                ToolOutcome outcome = toolbox.run(call, context);
                evidence.add(new Evidence(call, outcome.rowsConsidered(), millis(started),
                        outcome.details(), Optional.empty()));
                texts.add(outcome.text());
                if (evidence.size() == 1) {
                    table = outcome.table();
                    named = outcome.named();
                }
            } catch (ToolException | IllegalArgumentException e) {
                evidence.add(new Evidence(call, 0, millis(started), List.of(),
                        Optional.of(e.getMessage())));
                texts.add("I could not run " + call.tool() + ": " + e.getMessage());
            } catch (AccessDeniedException e) {
                evidence.add(new Evidence(call, 0, millis(started), List.of(),
                        Optional.of("access denied")));
                texts.add("Your token may not read intel, so I cannot run " + call.tool() + ".");
            }
        }
        LOG.debug("answered with {}", evidence);
        return new Ran(new Answer(id, shorten(question), plan.intent(), String.join(" ", texts),
                table, evidence, planner, plan.notes()), named);
    }

    /** The stored JSON answers of a conversation of the caller's organisation, oldest first. */
    public List<String> history(Principal caller, String conversation) {
        return store.answers(caller.organisation(), conversation)
                .orElseThrow(() -> new ConversationNotFoundException(conversation));
    }

    private record Ran(Answer answer, Entities named) {
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Questions are stored and echoed up to 2,000 characters. */
    private static String shorten(String question) {
        return question.length() > 2000 ? question.substring(0, 2000) + "..." : question;
    }

    private static String json(Answer answer) {
        try {
            return JSON.writeValueAsString(AnswerJson.of(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer is not writable as JSON", e);
        }
    }
}
