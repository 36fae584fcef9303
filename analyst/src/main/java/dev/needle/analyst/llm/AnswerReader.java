package dev.needle.analyst.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.needle.analyst.Intent;
import dev.needle.analyst.Plan;
import dev.needle.analyst.ToolCall;
import dev.needle.analyst.conversation.ConversationState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns the model's answer into a plan. Tool calls become {@link ToolCall}s after every check
 * (known tool, known arguments, canonical forms, required arguments present); blank values are
 * dropped. Text without tool calls becomes a clarifying plan that asks the user that text. The
 * plan's intent is the first tool's, or {@link Intent#REFINE} when the first call reruns the
 * conversation's last tool with other arguments.
 */
final class AnswerReader {

    /** The longest question back to the user, in characters. */
    static final int MAX_QUESTION = 1000;

    /** The most tool calls one plan may hold. */
    static final int MAX_CALLS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerReader() {
    }

    /** The plan the answer holds; throws {@link UnusableAnswerException} when it holds none. */
    static Plan read(AiMessage answer, ConversationState state) {
        if (!answer.hasToolExecutionRequests()) {
            return ask(Optional.ofNullable(answer.text()).orElse(""));
        }
        List<ToolExecutionRequest> requests = answer.toolExecutionRequests();
        if (requests.size() > MAX_CALLS) {
            throw new UnusableAnswerException("too many tool calls", requests.size() + " calls");
        }
        List<ToolCall> calls = new ArrayList<>();
        for (ToolExecutionRequest request : requests) {
            calls.add(call(request));
        }
        ToolCall first = calls.getFirst();
        Intent intent = state.last().filter(last -> last.tool().equals(first.tool())
                && !last.equals(first)).isPresent() ? Intent.REFINE
                : ToolCatalog.named(first.tool()).orElseThrow().intent();
        List<String> shown = calls.stream().map(ToolCall::toString).toList();
        return new Plan(intent, calls, "the LLM's plan: " + String.join(", then ", shown),
                List.of());
    }

    private static Plan ask(String text) {
        String question = text.strip();
        if (question.isEmpty()) {
            throw new UnusableAnswerException("empty answer", "no text and no tool call");
        }
        if (question.length() > MAX_QUESTION) {
            question = question.substring(0, MAX_QUESTION);
        }
        return Plan.ask(question);
    }

    private static ToolCall call(ToolExecutionRequest request) {
        String name = Optional.ofNullable(request.name()).orElse("");
        ToolCatalog.Tool tool = ToolCatalog.named(name).orElseThrow(
                () -> new UnusableAnswerException("unknown tool", "'" + name + "'"));
        Map<String, String> args = new TreeMap<>();
        arguments(name, request.arguments()).properties().forEach(entry -> {
            ArgumentForm form = ArgumentForm.named(entry.getKey())
                    .filter(tool.arguments()::contains)
                    .orElseThrow(() -> new UnusableAnswerException("unknown argument",
                            name + " takes no argument '" + entry.getKey() + "'"));
            text(name, entry.getKey(), entry.getValue()).filter(value -> !value.isBlank())
                    .ifPresent(value -> args.put(form.argument(), checked(name, form, value)));
        });
        for (ArgumentForm required : tool.required()) {
            if (!args.containsKey(required.argument())) {
                throw new UnusableAnswerException("missing argument",
                        name + " needs '" + required.argument() + "'");
            }
        }
        return ToolCall.of(name, args);
    }

    private static JsonNode arguments(String tool, String text) {
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.isObject()) {
                throw new UnusableAnswerException("malformed arguments",
                        tool + " arguments are not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new UnusableAnswerException("malformed arguments",
                    tool + " arguments are not JSON", e);
        }
    }

    private static Optional<String> text(String tool, String name, JsonNode value) {
        if (value.isNull()) {
            return Optional.empty();
        }
        if (value.isTextual() || value.isIntegralNumber()) {
            return Optional.of(value.asText());
        }
        throw new UnusableAnswerException("bad argument",
                tool + " argument '" + name + "' is not a string");
    }

    private static String checked(String tool, ArgumentForm form, String value) {
        try {
            return form.check(value);
        } catch (IllegalArgumentException e) {
            throw new UnusableAnswerException("bad argument", tool + " " + e.getMessage(), e);
        }
    }
}
