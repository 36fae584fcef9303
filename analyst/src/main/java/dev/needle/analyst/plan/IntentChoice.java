package dev.needle.analyst.plan;

import dev.needle.analyst.Intent;
import dev.needle.analyst.ToolCall;
import dev.needle.analyst.conversation.ConversationState;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the intent from the classifier's scores, then checks it against what the question and
 * the conversation hold. The checks are the rules a reader applies without thinking: a question
 * that opens like a follow-up ("only ...", "make it ...", "what about ...") refines the last
 * answer; several indicators are checked against intel, a single one is looked up; a refinement
 * needs something to refine; a question about events lists events.
 */
final class IntentChoice {

    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^(?:and|now|only|just|same|but|also|then|ok|okay|instead|make it"
            + "|(?:split|break|group|sort|bucket) (?:it|that|this|them)|limit|restrict|narrow"
            + "|focus|zoom|drill|exclude|filter|what about"
            + "|how about|show only|change|switch|for|in|over|during|from|within|with|without)"
            + "\\b|\\binstead\\b|\\bsame (?:thing|question|query|list|but)\\b");
    private static final Pattern SERIES_WORDS = Pattern.compile(
            "\\b(?:over time|timeline|time[- ]?series|trend\\w*|per[- ](?:minute|hour|day)|hourly"
            + "|daily|graph\\w*|plot\\w*|chart\\w*|histogram|hour by hour|minute by minute"
            + "|day by day)\\b");
    private static final Pattern RANKING_QUESTION = Pattern.compile(
            "^(?:which|what)\\s+(?:\\w+\\s+)?(?:ips?|paths?|pages?|urls?|countries|asns?|status"
            + "|user agents?|methods?|referr?ers?|hosts?)\\b");
    private static final Pattern BLOCK_VERB = Pattern.compile(
            "\\b(?:should|must|can|could|do) (?:i|we) (?:drop|ban|deny|null-?route)\\b"
            + "|\\b(?:ban|nullroute)\\b");
    private static final Pattern KILL_CHAIN_WORDS = Pattern.compile(
            "kill[- ]?chain|\\bstages?\\b|progress|timeline|evolv|phases?\\b");
    private static final Pattern KILL_CHAIN_NAMED = Pattern.compile(
            "kill[- ]?chain|\\bprogress(?:ed|ion|ing)?\\b");
    private static final Pattern WHO = Pattern.compile(
            "^(?:so\\s+|and\\s+|ok\\s+)?(?:who|whos|which (?:threat )?(?:actors?|groups?"
            + "|attackers?|adversaries|apts?|gangs?|crews?))\\b");
    private static final Set<Intent> REFINABLE = Set.of(Intent.TOP, Intent.SERIES,
            Intent.SPIKE, Intent.FINDINGS, Intent.EVENTS, Intent.TARGETING, Intent.BLOCKLIST,
            Intent.NEW_TECHNIQUES, Intent.CLARIFY, Intent.REFINE, Intent.LOOKUP);

    private IntentChoice() {
    }

    static Intent choose(Map<Intent, Double> scores, Signals signals, ConversationState state,
            String question) {
        Intent best = Intent.CLARIFY;
        double bestScore = -1;
        for (Map.Entry<Intent, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        String lower = question.toLowerCase(Locale.ROOT).strip();
        if (state.last().isPresent() && signals.fragment() && signals.indicators().isEmpty()
                && REFINABLE.contains(best)) {
            return Intent.REFINE;
        }
        if (state.last().isPresent() && FOLLOW_UP.matcher(lower).find()
                && REFINABLE.contains(best) && !(best == Intent.LOOKUP
                && !signals.indicators().isEmpty() && signals.indicators().stream()
                .noneMatch(i -> isTrafficIndicator(i.type().label())))) {
            return Intent.REFINE;
        }
        Words words = Words.of(lower);
        if ((words.has("block", "blocking", "blocklist", "blocklists", "denylist", "blacklist",
                "deny", "firewall") || BLOCK_VERB.matcher(lower).find())
                && signals.indicators().isEmpty() && !signals.reference()) {
            return Intent.BLOCKLIST;
        }
        if (KILL_CHAIN_NAMED.matcher(lower).find() && signals.indicators().isEmpty()
                && (signals.attacker().isPresent() || signals.reference())) {
            return Intent.KILLCHAIN;
        }
        boolean victim = signals.industry().isPresent() || signals.myIndustry()
                || signals.myCountry() || (signals.country().isPresent()
                && signals.field().isEmpty());
        if (victim && WHO.matcher(lower).find() && !words.has("events", "event")
                && signals.indicators().isEmpty()) {
            return Intent.TARGETING;
        }
        if (bestScore < EmbeddedPlanner.MIN_SCORE) {
            return Intent.CLARIFY;
        }
        boolean heldEntities = !state.entities().ips().isEmpty()
                || !state.entities().indicators().isEmpty();
        if (signals.reference() && heldEntities && signals.indicators().isEmpty()
                && words.has("known", "malicious", "bad", "listed", "flagged", "threats",
                        "blocklisted", "blacklisted", "intel", "feeds", "indicators",
                        "suspicious", "dodgy", "shady", "evil", "dangerous", "attacks", "seen",
                        "threat", "hostile", "compromised")
                && best != Intent.LOOKUP && best != Intent.KILLCHAIN) {
            return Intent.MATCH;
        }
        boolean ranking = words.has("top", "most", "busiest", "noisiest", "biggest", "heaviest")
                || RANKING_QUESTION.matcher(lower).find();
        if (ranking && signals.field().isPresent() && !SERIES_WORDS.matcher(lower).find()
                && (best == Intent.SERIES || best == Intent.FINDINGS || best == Intent.LOOKUP
                || best == Intent.SPIKE || best == Intent.BLOCKLIST)) {
            return Intent.TOP;
        }
        if (signals.indicators().size() > 1) {
            return best == Intent.TOP || best == Intent.SERIES || best == Intent.FINDINGS
                    ? best : Intent.MATCH;
        }
        boolean afterTraffic = state.last().map(ToolCall::tool)
                .filter(tool -> tool.startsWith("traffic_")).isPresent();
        boolean events = words.has("events", "event", "incidents");
        return switch (best) {
            case REFINE -> state.last().isPresent() ? Intent.REFINE
                    : signals.field().isPresent() ? Intent.TOP : Intent.CLARIFY;
            case TOP -> signals.bucket().isPresent() || SERIES_WORDS.matcher(lower).find()
                    ? Intent.SERIES
                    : signals.field().isEmpty() && afterTraffic ? Intent.REFINE : Intent.TOP;
            case LOOKUP -> signals.indicators().isEmpty() && signals.attacker().isPresent()
                    ? Intent.EVENTS : Intent.LOOKUP;
            case MATCH -> signals.indicators().size() == 1 ? Intent.LOOKUP : Intent.MATCH;
            case TARGETING, NEW_TECHNIQUES, BLOCKLIST -> events ? Intent.EVENTS : best;
            case KILLCHAIN -> events && !KILL_CHAIN_WORDS.matcher(lower).find() ? Intent.EVENTS
                    : best;
            default -> best;
        };
    }

    private static boolean isTrafficIndicator(String type) {
        return type.equals("ipv4") || type.equals("ipv6") || type.equals("cidr")
                || type.equals("asn");
    }
}
