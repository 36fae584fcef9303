package dev.needle.analyst.tool;

import dev.needle.analyst.ToolCall;
import dev.needle.analyst.plan.ToolArguments;

/**
 * Runs tool calls against the services, with the caller's rights. Every call's arguments are
 * checked first: an unknown tool or argument is an error that names it, so a plan from an LLM
 * can do no more than a plan from the embedded planner.
 */
public final class Toolbox {

    /** Runs one call. */
    public ToolOutcome run(ToolCall call, ToolContext context) {
        if (!ToolArguments.tools().contains(call.tool())) {
            throw new ToolException("unknown tool '" + call.tool() + "'");
        }
        for (String name : call.args().keySet()) {
            if (!ToolArguments.takes(call.tool(), name)) {
                throw new ToolException(call.tool() + " takes no argument '" + name + "'");
            }
        }
        Args args = new Args(call);
        return switch (call.tool()) {
            case "traffic_top" -> TopTool.run(args, context);
            case "traffic_series" -> SeriesTool.run(args, context);
            case "traffic_spike" -> SpikeTool.run(args, context);
            case "traffic_findings" -> FindingsTool.run(args, context);
            case "intel_match" -> MatchTool.run(args, context);
            case "intel_events" -> EventsTool.run(args, context);
            case "intel_aggregate" -> AggregateTool.run(args, context);
            case "intel_new_techniques" -> NewTechniquesTool.run(args, context);
            case "intel_actor_timeline" -> TimelineTool.run(args, context);
            case "intel_blocklist" -> BlocklistTool.run(args, context);
            case "indicator_lookup" -> LookupTool.run(args, context);
            default -> throw new IllegalStateException("tool " + call.tool() + " has no runner");
        };
    }
}
