package dev.needle.analyst.plan;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.needle.analyst.Intent;
import dev.needle.analyst.Plan;
import dev.needle.analyst.conversation.ConversationState;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The default planner: no network and no download. The intent comes from the nearest example
 * question by sentence embedding (all-MiniLM-L6-v2, run in-process); the arguments come from
 * {@link SignalReader}. When the nearest example is not near enough, or an argument the intent
 * needs is missing, the plan asks instead of guessing.
 *
 * <p>Questions are limited to {@value #MAX_LENGTH} characters and must be in English.
 */
public final class EmbeddedPlanner implements Planner {

    /** The longest question read, in characters. */
    public static final int MAX_LENGTH = 4000;

    /** Below this similarity to every example, the planner asks what was meant. */
    static final double MIN_SCORE = 0.40;

    private final IntentClassifier classifier;
    private final SignalReader reader;
    private final Spelling spelling;

    private EmbeddedPlanner(IntentClassifier classifier, SignalReader reader) {
        this.classifier = classifier;
        this.reader = reader;
        this.spelling = Spelling.knowing(classifier.texts());
    }

    /** Loads the embedding model shipped in the jar and embeds the intent examples. */
    public static EmbeddedPlanner load() {
        return load(new AllMiniLmL6V2EmbeddingModel());
    }

    /** A planner over another embedding model (tests use the same one; kept for clarity). */
    static EmbeddedPlanner load(EmbeddingModel model) {
        return new EmbeddedPlanner(IntentClassifier.load(model),
                new SignalReader(AttackerNames.with(List.of())));
    }

    /** This planner recognising, besides the well-known ones, these stored attacker names. */
    public EmbeddedPlanner withAttackers(Collection<String> names) {
        return new EmbeddedPlanner(classifier, new SignalReader(AttackerNames.with(names)));
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public Plan plan(String question, ConversationState state) {
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            return Plan.ask("Ask me about your traffic or your threat intel, for example"
                    + " \"what are the top 5 IP addresses?\" or \"what do we know about"
                    + " 203.0.113.9?\"");
        }
        if (text.length() > MAX_LENGTH) {
            return Plan.ask("That question is " + text.length() + " characters long; I read"
                    + " questions of up to " + MAX_LENGTH + ". Ask it in a sentence or two.");
        }
        if (!Language.isEnglish(text)) {
            return Plan.ask("I understand questions in English only. Try, for example,"
                    + " \"what are the top 5 IP addresses?\"");
        }
        text = spelling.mend(Shorthand.expand(text));
        Signals signals = reader.read(text);
        if (signals.unreadable().isPresent()) {
            return Plan.ask("I could not read " + signals.unreadable().get() + ". Time ranges I"
                    + " read: \"the last 2 hours\", \"today\", \"yesterday\", \"on"
                    + " 2015-05-19\", \"between 2015-05-18T10:00 and 2015-05-18T12:00\";"
                    + " filters: \"where status >= 500 and path = /login*\".");
        }
        Map<Intent, Double> scores = classifier.scores(text);
        Intent intent = IntentChoice.choose(scores, signals, state, text);
        if (intent == Intent.CLARIFY) {
            return Plan.ask(Understanding.notSure(signals));
        }
        return new PlanBuilder(signals, state).build(intent);
    }
}
