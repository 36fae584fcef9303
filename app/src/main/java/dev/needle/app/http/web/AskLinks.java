package dev.needle.app.http.web;

import dev.needle.intel.ThreatEvent;
import dev.needle.traffic.Finding;
import dev.needle.traffic.FindingKind;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * "Ask about this" links: the analyst page with a question prepared from what another page
 * shows. The questions use the phrasings of the analyst's examples so that the embedded planner
 * reads them; values from logs and feeds go into the link percent-encoded.
 */
public final class AskLinks {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("HH:mm 'on' yyyy-MM-dd", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    private AskLinks() {
    }

    /** The analyst page with {@code question} ready in its form, not yet asked. */
    public static String question(String question) {
        return "/analyst?q=" + IntelLinks.query(question);
    }

    /**
     * A question about a finding: what is known of its address, why its spike happened, or who
     * sent the requests to its path.
     */
    static String finding(Finding finding) {
        if (finding.subjectField().equals("ip")) {
            return question("what do we know about " + finding.subject() + "?");
        }
        if (finding.kind() == FindingKind.REQUEST_SPIKE) {
            return question("why did traffic spike at " + MOMENT.format(finding.windowStart())
                    + "?");
        }
        if (finding.kind() == FindingKind.ERROR_SPIKE) {
            return question("why did errors spike at " + MOMENT.format(finding.windowStart())
                    + "?");
        }
        return question("top 10 IPs on " + finding.subject());
    }

    /**
     * A question about an event: how its attacker progressed along the kill chain, or, without
     * an attacker, what is known of its first indicator; empty for an event with neither.
     */
    public static Optional<String> event(ThreatEvent event) {
        if (!event.attacker().isBlank()) {
            return Optional.of(question("how has " + event.attacker()
                    + " progressed across the kill chain?"));
        }
        return event.indicators().stream().findFirst()
                .map(indicator -> question("what do we know about " + indicator.value() + "?"));
    }
}
