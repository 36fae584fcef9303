package dev.needle.analyst.llm;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.needle.analyst.Intent;
import dev.needle.analyst.plan.ToolArguments;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The analyst's tools as the LLM sees them: one specification per tool of docs/analyst.md, each
 * argument a string in its canonical form, with the arguments a tool cannot run without marked
 * required. Each tool also names the intent a plan that calls it has.
 */
final class ToolCatalog {

    /** One tool: its name, what it does, its arguments, the required ones, and its intent. */
    record Tool(String name, String description, List<ArgumentForm> arguments,
            Set<ArgumentForm> required, Intent intent) {

        Tool {
            arguments = List.copyOf(arguments);
            required = Set.copyOf(required);
        }
    }

    private static final List<Tool> TOOLS = List.of(
            new Tool("traffic_top", "The most frequent values of a traffic field, such as the"
                    + " top IPs or paths.", List.of(ArgumentForm.FIELD, ArgumentForm.LIMIT,
                    ArgumentForm.WHERE, ArgumentForm.RANGE), Set.of(ArgumentForm.FIELD),
                    Intent.TOP),
            new Tool("traffic_series", "Requests per time bucket, optionally split by a field.",
                    List.of(ArgumentForm.BUCKET, ArgumentForm.WHERE, ArgumentForm.RANGE,
                            ArgumentForm.SPLIT), Set.of(), Intent.SERIES),
            new Tool("traffic_spike", "Explains a traffic spike: the bucket, and which IPs,"
                    + " paths and statuses grew.", List.of(ArgumentForm.AT, ArgumentForm.WHERE,
                    ArgumentForm.RANGE), Set.of(), Intent.SPIKE),
            new Tool("traffic_findings", "Brute-force, scanning and spike findings in the"
                    + " traffic.", List.of(ArgumentForm.WHERE, ArgumentForm.RANGE), Set.of(),
                    Intent.FINDINGS),
            new Tool("intel_match", "Which of several indicators are known to threat intel, in"
                    + " which events and datasets.", List.of(ArgumentForm.VALUES),
                    Set.of(ArgumentForm.VALUES), Intent.MATCH),
            new Tool("intel_events", "Threat events matching the arguments, newest first.",
                    List.of(ArgumentForm.ATTACKER, ArgumentForm.TECHNIQUE, ArgumentForm.STAGE,
                            ArgumentForm.INDUSTRY, ArgumentForm.COUNTRY, ArgumentForm.RANGE,
                            ArgumentForm.LIMIT), Set.of(), Intent.EVENTS),
            new Tool("intel_aggregate", "Counts of threat events by a dimension; by 'attacker'"
                    + " answers who targets an industry or a country.", List.of(ArgumentForm.BY,
                    ArgumentForm.ATTACKER, ArgumentForm.INDUSTRY, ArgumentForm.COUNTRY,
                    ArgumentForm.RANGE, ArgumentForm.LIMIT), Set.of(ArgumentForm.BY),
                    Intent.TARGETING),
            new Tool("intel_new_techniques", "ATT&CK techniques first seen within the range.",
                    List.of(ArgumentForm.RANGE), Set.of(), Intent.NEW_TECHNIQUES),
            new Tool("intel_actor_timeline", "An attacker's events along the kill chain, first"
                    + " to last.", List.of(ArgumentForm.ATTACKER), Set.of(ArgumentForm.ATTACKER),
                    Intent.KILLCHAIN),
            new Tool("intel_blocklist", "The indicators most worth blocking now.",
                    List.of(ArgumentForm.LIMIT, ArgumentForm.TYPE), Set.of(), Intent.BLOCKLIST),
            new Tool("indicator_lookup", "What intel and traffic know of one indicator.",
                    List.of(ArgumentForm.VALUE), Set.of(ArgumentForm.VALUE), Intent.LOOKUP));

    private static final Map<String, Tool> BY_NAME = TOOLS.stream()
            .collect(Collectors.toUnmodifiableMap(Tool::name, Function.identity()));

    static {
        for (Tool tool : TOOLS) {
            Set<String> names = new HashSet<>();
            tool.arguments().forEach(form -> names.add(form.argument()));
            if (!names.equals(ToolArguments.of(tool.name()))) {
                throw new IllegalStateException("tool " + tool.name() + " takes "
                        + ToolArguments.of(tool.name()) + " but the catalog lists " + names);
            }
        }
        if (!BY_NAME.keySet().equals(ToolArguments.tools())) {
            throw new IllegalStateException("the catalog lists " + BY_NAME.keySet()
                    + " but the analyst has " + ToolArguments.tools());
        }
    }

    private ToolCatalog() {
    }

    /** Every tool, in the order of docs/analyst.md. */
    static List<Tool> tools() {
        return TOOLS;
    }

    /** The tool called {@code name}. */
    static Optional<Tool> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The specifications sent to the model with every request. */
    static List<ToolSpecification> specifications() {
        return TOOLS.stream().map(ToolCatalog::specification).toList();
    }

    private static ToolSpecification specification(Tool tool) {
        JsonObjectSchema.Builder parameters = JsonObjectSchema.builder();
        for (ArgumentForm form : tool.arguments()) {
            if (form.choices().isEmpty()) {
                parameters.addStringProperty(form.argument(), form.description());
            } else {
                parameters.addEnumProperty(form.argument(), form.choices(), form.description());
            }
        }
        parameters.required(tool.arguments().stream().filter(tool.required()::contains)
                .map(ArgumentForm::argument).toList());
        parameters.additionalProperties(false);
        return ToolSpecification.builder().name(tool.name()).description(tool.description())
                .parameters(parameters.build()).build();
    }
}
