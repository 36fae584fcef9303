package dev.needle.analyst.conversation;

import dev.needle.analyst.Plan;
import dev.needle.analyst.ToolCall;
import java.util.Objects;
import java.util.Optional;

/**
 * What a conversation carries from one question to the next.
 *
 * @param last the main call of the last answer that ran tools; a refinement reruns it
 * @param entities what the last answer named
 * @param profile the asking organisation's industry and country
 */
public record ConversationState(Optional<ToolCall> last, Entities entities, Profile profile) {

    public ConversationState {
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(profile, "profile");
    }

    /** The state of a new conversation. */
    public static ConversationState start(Profile profile) {
        return new ConversationState(Optional.empty(), Entities.none(), profile);
    }

    /**
     * The state after an answer to {@code plan} that named {@code named}: its first call becomes
     * the one a refinement reruns. A plan that asked keeps the previous call, and so does a
     * check of listed indicators against intel: after "top 5 IPs" and "are any of these
     * malicious?", "what about the last hour?" refines the list, not the check.
     */
    public ConversationState after(Plan plan, Entities named) {
        Optional<ToolCall> call = plan.calls().stream().findFirst()
                .filter(first -> !first.tool().equals("intel_match") || last.isEmpty())
                .or(() -> last);
        return new ConversationState(call, named, profile);
    }
}
