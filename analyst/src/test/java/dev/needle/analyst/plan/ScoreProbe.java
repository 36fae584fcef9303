package dev.needle.analyst.plan;

import dev.needle.analyst.conversation.ConversationState;
import dev.needle.analyst.conversation.Entities;
import dev.needle.analyst.conversation.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreProbe {
    @Test
    void probe() {
        EmbeddedPlanner planner = EmbeddedPlanner.load();
        for (String q : System.getProperty("probe", "").split("\\|")) {
            ConversationState state = ConversationState.start(Profile.unknown());
            if (q.startsWith("+")) {
                state = state.after(planner.plan("top 5 ips", state), new Entities(
                        List.of("192.0.2.1", "192.0.2.2"), List.of(), List.of(), List.of()));
                q = q.substring(1);
            }
            System.out.println("PROBE " + q + " -> " + planner.plan(q, state).calls());
        }
    }
}
