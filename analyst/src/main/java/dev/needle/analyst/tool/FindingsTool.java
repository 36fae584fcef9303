package dev.needle.analyst.tool;

import dev.needle.analyst.conversation.Entities;
import dev.needle.traffic.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code traffic_findings}: brute force, scanning and spikes in the selected traffic. */
final class FindingsTool {

    private FindingsTool() {
    }

    static ToolOutcome run(Args args, ToolContext context) {
        TrafficScope scope = TrafficScope.of(args, context);
        List<Finding> findings = scope.run(args.tool(),
                () -> context.traffic().findings(scope.query()));
        long rows = scope.run(args.tool(), () -> context.traffic().count(scope.query()));
        Table.Builder table = Table.of("severity", "kind", "subject", "summary", "from", "to");
        Set<String> ips = new LinkedHashSet<>();
        Set<String> paths = new LinkedHashSet<>();
        for (Finding finding : findings) {
            table.row(finding.severity().name(), finding.kind().name(), finding.subject(),
                    finding.summary(), finding.windowStart().toString(),
                    finding.windowEnd().toString());
            if (finding.subjectField().equals("path")) {
                paths.add(finding.subject());
            }
            for (Finding.Contributor contributor : finding.contributors()) {
                if (contributor.field().equals("ip")) {
                    ips.add(contributor.value());
                }
            }
        }
        String text = findings.isEmpty() ? "Nothing in " + rows + " requests looks like brute"
                + " force, scanning or a spike."
                : findings.size() + " finding(s) in " + rows + " requests; the most severe: "
                + Shown.text(findings.get(0).summary());
        return new ToolOutcome(text, table.build(), new Entities(new ArrayList<>(ips),
                new ArrayList<>(paths), List.of(), List.of()), rows, scope.details());
    }
}
