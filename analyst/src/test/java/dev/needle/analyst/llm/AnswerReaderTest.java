package dev.needle.analyst.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.needle.analyst.Intent;
import dev.needle.analyst.Plan;
import dev.needle.analyst.ToolCall;
import dev.needle.analyst.conversation.ConversationState;
import dev.needle.analyst.conversation.Entities;
import dev.needle.analyst.conversation.Profile;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerReaderTest {

    private static final ConversationState NEW = ConversationState.start(Profile.unknown());

    @Test
    void read_rerunOfLastToolWithOtherArguments_isRefine() {
        ConversationState after = afterCall(ToolCall.of("intel_events",
                Map.of("attacker", "APT1")));

        Plan plan = AnswerReader.read(answer("intel_events",
                "{\"attacker\": \"APT1\", \"range\": \"last 7d\"}"), after);

        assertThat(plan.intent()).isEqualTo(Intent.REFINE);
        assertThat(plan.calls()).containsExactly(ToolCall.of("intel_events",
                Map.of("attacker", "APT1", "range", "last 7d")));
    }

    @Test
    void read_sameCallAsLast_keepsTheToolsIntent() {
        ToolCall last = ToolCall.of("intel_actor_timeline", Map.of("attacker", "APT1"));

        Plan plan = AnswerReader.read(answer("intel_actor_timeline", "{\"attacker\": \"APT1\"}"),
                afterCall(last));

        assertThat(plan.intent()).isEqualTo(Intent.KILLCHAIN);
    }

    @Test
    void read_otherToolAfterACall_hasThatToolsIntent() {
        Plan plan = AnswerReader.read(answer("intel_aggregate",
                "{\"by\": \"attacker\", \"industry\": \"finance\"}"),
                afterCall(ToolCall.of("traffic_top", Map.of("field", "ip"))));

        assertThat(plan.intent()).isEqualTo(Intent.TARGETING);
        assertThat(plan.understood()).contains("intel_aggregate(by=attacker, industry=finance)");
    }

    @Test
    void read_nullAndNumberValues_areDroppedAndWrittenAsText() {
        Plan plan = AnswerReader.read(answer("intel_blocklist",
                "{\"limit\": 20, \"type\": null}"), NEW);

        assertThat(plan.calls()).containsExactly(ToolCall.of("intel_blocklist",
                Map.of("limit", "20")));
    }

    @Test
    void read_emptyArgumentsText_meansNoArguments() {
        Plan plan = AnswerReader.read(answer("traffic_findings", ""), NEW);

        assertThat(plan.calls()).containsExactly(ToolCall.of("traffic_findings"));
        assertThat(plan.intent()).isEqualTo(Intent.FINDINGS);
    }

    @Test
    void read_argumentThatIsAnObject_isRefused() {
        assertThatThrownBy(() -> AnswerReader.read(answer("traffic_top",
                "{\"field\": {\"name\": \"ip\"}}"), NEW))
                .isInstanceOfSatisfying(UnusableAnswerException.class,
                        e -> assertThat(e.reason()).isEqualTo("bad argument"))
                .hasMessageContaining("'field'");
    }

    @Test
    void read_argumentOfAnotherTool_isRefused() {
        assertThatThrownBy(() -> AnswerReader.read(answer("intel_match",
                "{\"values\": \"1.2.3.4\", \"where\": \"status = 404\"}"), NEW))
                .isInstanceOfSatisfying(UnusableAnswerException.class,
                        e -> assertThat(e.reason()).isEqualTo("unknown argument"))
                .hasMessageContaining("'where'");
    }

    @Test
    void read_tooManyCalls_isRefused() {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("c").name("traffic_findings")
                .arguments("{}").build();
        AiMessage five = AiMessage.from(call, call, call, call, call);

        assertThatThrownBy(() -> AnswerReader.read(five, NEW))
                .isInstanceOfSatisfying(UnusableAnswerException.class,
                        e -> assertThat(e.reason()).isEqualTo("too many tool calls"));
    }

    private static AiMessage answer(String tool, String arguments) {
        return AiMessage.from(ToolExecutionRequest.builder().id("call_1").name(tool)
                .arguments(arguments).build());
    }

    private static ConversationState afterCall(ToolCall call) {
        return new ConversationState(Optional.of(call), Entities.none(), Profile.unknown());
    }
}
