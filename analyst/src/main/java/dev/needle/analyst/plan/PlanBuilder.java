package dev.needle.analyst.plan;

import dev.needle.analyst.Intent;
import dev.needle.analyst.Plan;
import dev.needle.analyst.ToolCall;
import dev.needle.analyst.conversation.ConversationState;
import dev.needle.core.indicator.Indicator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds the tool calls of an intent from the signals of a question and the conversation. */
final class PlanBuilder {

    private final Signals signals;
    private final ConversationState state;

    PlanBuilder(Signals signals, ConversationState state) {
        this.signals = signals;
        this.state = state;
    }

    Plan build(Intent intent) {
        return switch (intent) {
            case TOP -> top();
            case SERIES -> one(intent, "traffic_series", Map.of(
                    "bucket", text(signals.bucket()),
                    "where", text(signals.trafficWhere()),
                    "range", text(signals.range()),
                    "split", signals.split().map(field -> field.label()).orElse("")),
                    "requests over time");
            case SPIKE -> one(intent, "traffic_spike", Map.of("at", text(signals.at()),
                    "where", text(signals.trafficWhere()),
                    "range", text(signals.range())), "what made traffic spike");
            case FINDINGS -> one(intent, "traffic_findings", Map.of(
                    "where", text(signals.trafficWhere()),
                    "range", text(signals.range())), "findings in your traffic");
            case REFINE -> refine();
            case MATCH -> match();
            case TARGETING -> targeting();
            case BLOCKLIST -> one(intent, "intel_blocklist", Map.of(
                    "limit", number(signals.limit()), "type", text(signals.indicatorType())),
                    "the indicators most worth blocking now");
            case KILLCHAIN -> attacker().map(name -> one(intent, "intel_actor_timeline",
                    Map.of("attacker", name), name + "'s progress along the kill chain"))
                    .orElseGet(() -> Plan.ask("Which attacker do you mean? Name one, for"
                            + " example \"how has APT1 progressed across the kill chain?\""));
            case NEW_TECHNIQUES -> one(intent, "intel_new_techniques",
                    Map.of("range", text(signals.range())), "techniques seen for the first time");
            case EVENTS -> events();
            case LOOKUP -> lookup();
            case CLARIFY -> Plan.ask(Understanding.notSure(signals));
        };
    }

    private Plan top() {
        if (signals.field().isEmpty()) {
            return Plan.ask("Top what? I can list IPs, paths, countries, ASNs, user agents,"
                    + " status codes, methods, hosts or referrers.");
        }
        String field = signals.field().get().label();
        return one(Intent.TOP, "traffic_top", Map.of("field", field,
                "limit", number(signals.limit()),
                "where", text(signals.trafficWhere()),
                "range", text(signals.range())), "the top " + field + " values");
    }

    private Plan refine() {
        ToolCall last = state.last().orElseThrow();
        ToolCall call = last;
        if (last.tool().startsWith("traffic_")) {
            if (signals.filter().isPresent()) {
                call = call.with("where", signals.filter());
            } else if (!signals.trafficConditions().isEmpty()) {
                Conditions merged = Conditions.parse(last.arg("where"))
                        .overriddenBy(signals.trafficConditions());
                call = call.with("where", merged.where());
            }
        }
        call = set(call, "range", signals.range());
        call = set(call, "limit", signals.limit().isPresent()
                ? Optional.of(number(signals.limit())) : Optional.empty());
        if (last.tool().equals("traffic_top")) {
            call = set(call, "field", signals.field().map(field -> field.label()));
        }
        call = set(call, "bucket", signals.bucket());
        call = set(call, "at", signals.at());
        call = set(call, "split", signals.split().map(field -> field.label()));
        call = set(call, "attacker", signals.attacker());
        call = set(call, "industry", signals.industry());
        call = set(call, "country", signals.country());
        call = set(call, "technique", signals.techniques().stream().findFirst());
        call = set(call, "stage", signals.stage());
        call = set(call, "type", signals.indicatorType());
        if (call.equals(last)) {
            return Plan.ask("What should I change in \"" + last + "\"? For example a time range"
                    + " (\"the last hour\"), a filter (\"only 404s\") or a number (\"top 20\").");
        }
        return Plan.of(Intent.REFINE, call, "the previous question, refined");
    }

    /** Sets an argument the tool takes, when the question gave one. */
    private static ToolCall set(ToolCall call, String name, Optional<String> value) {
        if (value.isEmpty() || !ToolArguments.takes(call.tool(), name)) {
            return call;
        }
        return call.with(name, value);
    }

    private Plan match() {
        List<String> values = signals.indicators().stream().map(Indicator::value).toList();
        if (values.isEmpty()) {
            values = !state.entities().ips().isEmpty() ? state.entities().ips()
                    : state.entities().indicators();
        }
        if (values.isEmpty()) {
            return Plan.ask("Which indicators should I check? Name IPs, domains, URLs or hashes,"
                    + " or ask after an answer that lists them.");
        }
        return one(Intent.MATCH, "intel_match", Map.of("values", String.join(",", values)),
                "whether " + values.size() + " indicator(s) are known to intel");
    }

    private Plan targeting() {
        Optional<String> industry = signals.industry();
        Optional<String> country = signals.country();
        if (signals.myIndustry()) {
            if (state.profile().industry().isEmpty()) {
                return Plan.ask("Which industry is yours? Set it with `needle analyst profile"
                        + " --industry NAME` or name it, e.g. \"who is targeting finance?\"");
            }
            industry = state.profile().industry();
        }
        if (signals.myCountry()) {
            if (state.profile().country().isEmpty()) {
                return Plan.ask("Which country is yours? Set it with `needle analyst profile"
                        + " --country CODE` or name it, e.g. \"who is targeting Germany?\"");
            }
            country = state.profile().country();
        }
        if (industry.isEmpty() && country.isEmpty()) {
            return Plan.ask("Targeting whom? Name an industry or a country, or say \"my"
                    + " industry\" once your profile is set.");
        }
        return one(Intent.TARGETING, "intel_aggregate", Map.of("by", "attacker",
                "industry", text(industry), "country", text(country),
                "range", text(signals.range()), "limit", number(signals.limit())),
                "which attackers target " + (industry.isPresent() ? industry.get()
                        : country.orElseThrow()));
    }

    private Plan lookup() {
        Optional<String> value = signals.indicators().stream().findFirst().map(Indicator::value);
        if (value.isEmpty() && signals.reference()) {
            value = state.entities().ips().stream().findFirst()
                    .or(() -> state.entities().indicators().stream().findFirst());
        }
        return value.map(v -> one(Intent.LOOKUP, "indicator_lookup", Map.of("value", v),
                "what is known of " + v)).orElseGet(() -> Plan.ask(
                        "Which IP, domain, URL or hash should I look up?"));
    }

    private Plan events() {
        Optional<String> attacker = signals.attacker();
        if (attacker.isEmpty() && signals.reference()) {
            attacker = state.entities().attackers().stream().findFirst();
        }
        return one(Intent.EVENTS, "intel_events", Map.of("attacker", text(attacker),
                "technique", text(signals.techniques().stream().findFirst()),
                "stage", text(signals.stage()), "industry", text(signals.industry()),
                "country", text(signals.country()), "range", text(signals.range()),
                "limit", number(signals.limit())), "threat events");
    }

    private Optional<String> attacker() {
        return signals.attacker().or(() -> state.entities().attackers().stream().findFirst());
    }

    private static Plan one(Intent intent, String tool, Map<String, String> args,
            String understood) {
        return Plan.of(intent, ToolCall.of(tool, new LinkedHashMap<>(args)), understood);
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }

    private static String number(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }
}
