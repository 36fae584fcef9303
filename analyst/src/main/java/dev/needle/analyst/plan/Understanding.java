package dev.needle.analyst.plan;

import java.util.ArrayList;
import java.util.List;

/** Says in words what the readers found, for answers that ask back. */
final class Understanding {

    private Understanding() {
    }

    /** The answer when the planner cannot tell what was asked. */
    static String notSure(Signals signals) {
        String heard = describe(signals);
        return "I'm not sure what you want to know" + (heard.isEmpty() ? "" : "; I understood "
                + heard) + ". I can list top IPs, paths, countries, ASNs, user agents or status"
                + " codes, explain spikes, show findings, check indicators against intel, and"
                + " show attackers, events, techniques and what to block.";
    }

    /** The things found, as a phrase, or empty. */
    static String describe(Signals signals) {
        List<String> parts = new ArrayList<>();
        signals.field().ifPresent(field -> parts.add("the field " + field.label()));
        signals.limit().ifPresent(limit -> parts.add("the number " + limit));
        signals.range().ifPresent(range -> parts.add("the time range " + range));
        signals.at().ifPresent(at -> parts.add("the time " + at));
        signals.trafficConditions().where().ifPresent(where -> parts.add("the filter " + where));
        if (!signals.indicators().isEmpty()) {
            parts.add("the indicators " + signals.indicators().stream()
                    .map(indicator -> indicator.value()).toList());
        }
        signals.attacker().ifPresent(attacker -> parts.add("the attacker " + attacker));
        signals.industry().ifPresent(industry -> parts.add("the industry " + industry));
        if (!signals.techniques().isEmpty()) {
            parts.add("the techniques " + signals.techniques());
        }
        return String.join(", ", parts);
    }
}
