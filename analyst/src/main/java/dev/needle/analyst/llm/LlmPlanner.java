package dev.needle.analyst.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.needle.analyst.Plan;
import dev.needle.analyst.conversation.ConversationState;
import dev.needle.analyst.plan.EmbeddedPlanner;
import dev.needle.analyst.plan.Planner;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans through an OpenAI-compatible chat endpoint with tool calling: the model sees one tool
 * per analyst tool and picks the calls; {@link AnswerReader} checks them before they become a
 * plan. A model that answers in words instead asks the user those words.
 *
 * <p>When the endpoint fails in any way (refused connection, HTTP error, time-out, malformed
 * JSON, an unknown tool or a bad argument), the fallback planner answers and its plan carries a
 * note saying so; the failure is logged at WARN. Requests are not retried, and run at
 * temperature 0. Neither notes nor logs ever hold the API key.
 */
public final class LlmPlanner implements Planner {

    private static final Logger LOG = LoggerFactory.getLogger(LlmPlanner.class);

    /** How the note of a plan the fallback made starts. */
    public static final String FALLBACK_NOTE = "The LLM at ";

    /** Whether the fallback planner made {@code plan}, the LLM having failed. */
    public static boolean fellBack(Plan plan) {
        return plan.notes().stream().anyMatch(note -> note.startsWith(FALLBACK_NOTE));
    }

    /** The bearer token sent without a key: local servers ignore it, the client wants one. */
    private static final String NO_KEY = "none";

    private final LlmSettings settings;
    private final Planner fallback;
    private final ChatModel model;

    /** A planner asking the endpoint of {@code settings}, with {@code fallback} for failures. */
    public LlmPlanner(LlmSettings settings, Planner fallback) {
        this(settings, fallback, client(settings));
    }

    private LlmPlanner(LlmSettings settings, Planner fallback, ChatModel model) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.model = model;
    }

    /** This planner with another fallback, sharing the HTTP client. */
    public LlmPlanner withFallback(Planner other) {
        return new LlmPlanner(settings, other, model);
    }

    private static ChatModel client(LlmSettings settings) {
        return OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey().orElse(NO_KEY))
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .temperature(0.0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    @Override
    public String name() {
        return "llm:" + settings.model();
    }

    /**
     * The model's plan for {@code question}; the fallback's, with a note, when the model fails.
     * Empty and over-long questions go to the fallback without a request, as it answers those
     * with a question back.
     */
    @Override
    public Plan plan(String question, ConversationState state) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty() || text.length() > EmbeddedPlanner.MAX_LENGTH) {
            return fallback.plan(question, state);
        }
        try {
            ChatResponse response = model.chat(ChatRequest.builder()
                    .messages(PlanningPrompt.messages(text, state))
                    .toolSpecifications(ToolCatalog.specifications())
                    .build());
            return AnswerReader.read(response.aiMessage(), state);
        } catch (RuntimeException e) {
            return fallBack(question, state, e);
        }
    }

    private Plan fallBack(String question, ConversationState state, RuntimeException failure) {
        String reason = FailureReason.of(failure);
        String key = settings.apiKey().orElse("");
        LOG.warn("LLM planner at {} (model {}) gave no plan ({}): {}; the {} planner answers",
                settings.baseUrl(), settings.model(), reason,
                FailureReason.detail(failure, key), fallback.name());
        String verb = failure instanceof UnusableAnswerException
                ? "gave no usable plan" : "did not answer";
        return fallback.plan(question, state).withNote(FALLBACK_NOTE + settings.baseUrl() + " "
                + verb + " (" + reason + "); the " + fallback.name() + " planner answered.");
    }
}
