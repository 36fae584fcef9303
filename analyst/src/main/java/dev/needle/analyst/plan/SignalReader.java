package dev.needle.analyst.plan;

import dev.needle.core.indicator.Indicator;
import dev.needle.traffic.TrafficField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the deterministic readers over a question in an order that keeps them apart: indicators
 * first, then time ranges and moments, then conditions, names and finally the limit, so that
 * "top 5 IPs at 10:00 with 404s" reads 5, 10:00 and 404 each once.
 */
final class SignalReader {

    private static final Pattern TECHNIQUE = Pattern.compile("\\b(t\\d{4}(?:\\.\\d{3})?)\\b");
    private static final Pattern LIMIT = Pattern.compile(
            "\\b(?:top|first|show(?:\\s+me)?(?:\\s+the)?|list(?:\\s+the)?|give\\s+me(?:\\s+the)?"
            + "|get\\s+me(?:\\s+the)?|the|busiest|biggest|largest|noisiest|worst|make\\s+it|limit"
            + "(?:\\s+to)?|just|only|bottom)\\s+(" + NumberWords.PATTERN.replace("|a|an", "")
            + ")\\b");
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\w.:/=<>'\"-])(\\d{1,4})(?![\\w.:/=<>'\"-])");
    private static final Pattern BUCKET = Pattern.compile(
            "\\b(?:(?:per|every|each|by|in|a)[\\s-]+(?:(5|five)[\\s-]+)?(minute|min|hour|day)s?"
            + "|(minutely|hourly|daily)|(5|five)[\\s-]*min(?:ute)?s?\\s+(?:buckets?|intervals?"
            + "|bins?))\\b");
    private static final Pattern MY_INDUSTRY = Pattern.compile(
            "\\b(?:my|our|mine|ours)\\s+(?:own\\s+)?(?:industry|industries|sector|vertical|field"
            + "|line of business|business|company|organi[sz]ation|org|kind of business)\\b"
            + "|\\bcompanies like (?:ours|us)\\b");
    private static final Pattern MY_COUNTRY = Pattern.compile(
            "\\b(?:my|our)\\s+(?:own\\s+)?(?:country|nation|region|homeland)\\b");
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(these|those|them|they|that|this|it|its|their|theirs|above|same|such)\\b");
    private static final Pattern TYPE = Pattern.compile(
            "\\b(ipv6|ipv4|ips?|ip addresses|domains?|urls?|md5s?|sha1s?|sha256s?|cidrs?"
            + "|e-?mails?)\\b");

    /** Words that carry no request of their own in a follow-up. */
    private static final Set<String> FILLER = Set.of("pls", "please",
            "only", "just", "now", "and", "the", "for", "in", "over", "with", "show", "me",
            "same", "but", "instead", "ok", "okay", "then", "what", "about", "how", "to", "of",
            "a", "by", "from", "on", "at", "thanks", "thx", "again", "also", "those", "these",
            "them", "it", "that", "thing", "one", "ones", "give", "make", "do", "try",
            "hmm", "so", "all", "within", "during", "rather", "than", "per", "list", "top",
            "most", "split", "group", "break", "down", "sort", "narrow", "filter", "limit",
            "restrict", "focus", "is", "are", "there", "any");

    /** A filter written out in the --where language: "... where status >= 500". */
    private static final Pattern WHERE = Pattern.compile("\\bwhere\\s+((?:ip|path|status|method"
            + "|host|ua|referer|country|asn|not|\\()\\b.*)$");

    private final AttackerNames attackers;

    SignalReader(AttackerNames attackers) {
        this.attackers = attackers;
    }

    Signals read(String text) {
        Question question = new Question(text);
        Optional<String> filter = Optional.empty();
        Optional<String> unreadable = Optional.empty();
        var written = question.take(WHERE);
        if (written.isPresent()) {
            String expression = written.get().originalGroup(1).strip()
                    .replaceAll("[?.!]+$", "");
            Optional<String> problem = TrafficFilterCheck.problem(expression);
            if (problem.isPresent()) {
                unreadable = Optional.of("the filter '" + expression + "' (" + problem.get()
                        + ")");
            } else {
                filter = Optional.of(expression);
            }
        }
        List<Indicator> indicators = IndicatorFinder.find(question);
        Optional<String> range = RangeReader.read(question);
        Optional<String> at = MomentReader.read(question);
        if (range.isEmpty()) {
            range = RangeReader.readDay(question);
        }
        List<String> techniques = new ArrayList<>();
        for (var m = question.take(TECHNIQUE); m.isPresent(); m = question.take(TECHNIQUE)) {
            techniques.add(m.get().group(1).toUpperCase(Locale.ROOT));
        }
        boolean myIndustry = question.take(MY_INDUSTRY).isPresent();
        boolean myCountry = question.take(MY_COUNTRY).isPresent();
        Optional<String> attacker = attackers.find(question, Words.of(question.rest()));
        Optional<String> bucket = bucket(question);
        Conditions conditions = ConditionReader.read(question, indicators);
        Words words = Words.of(question.rest());
        Optional<String> country = Places.find(words).map(found -> {
            question.take(Pattern.compile("\\b" + Pattern.quote(found.words()) + "\\b"));
            return found.code();
        });
        Optional<String> stage = KillChainWords.find(words, question.rest());
        Optional<String> industry = Industries.find(words);
        Optional<String> type = indicatorType(question.rest());
        words = Words.of(question.rest());
        Optional<TrafficField> split = FieldWords.after(words, "by", "per", "split",
                "broken", "grouped");
        Optional<TrafficField> field = FieldWords.first(words);
        OptionalInt limit = limit(question);
        boolean reference = REFERENCE.matcher(text.toLowerCase(Locale.ROOT)).find();
        boolean found = filter.isPresent() || range.isPresent() || at.isPresent()
                || limit.isPresent()
                || field.isPresent() || split.isPresent() || bucket.isPresent()
                || !conditions.isEmpty() || country.isPresent() || stage.isPresent()
                || industry.isPresent() || attacker.isPresent() || type.isPresent();
        if (unreadable.isEmpty()) {
            unreadable = RangeReader.leftoverDate(question);
        }
        boolean fragment = found && Words.of(question.rest()).list().stream()
                .allMatch(word -> FILLER.contains(word) || FieldWords.names(word));
        return new Signals(indicators, conditions, country, range, at, limit, field, split,
                bucket, techniques, stage, attacker, industry, type, myIndustry, myCountry,
                reference, fragment, filter, unreadable);
    }

    private static Optional<String> bucket(Question question) {
        return question.take(BUCKET).map(m -> {
            if (m.has(4) || m.has(1)) {
                return "5m";
            }
            String unit = m.has(2) ? m.group(2) : m.group(3);
            return switch (unit.charAt(0)) {
                case 'm' -> "1m";
                case 'h' -> "1h";
                default -> "1d";
            };
        });
    }

    private static OptionalInt limit(Question question) {
        var named = question.take(LIMIT);
        if (named.isPresent()) {
            return NumberWords.value(named.get().group(1));
        }
        Matcher digits = DIGITS.matcher(question.rest());
        if (!digits.find()) {
            return OptionalInt.empty();
        }
        OptionalInt loose = positive(NumberWords.value(digits.group(1)));
        return loose.isPresent() && loose.getAsInt() <= 1000 ? loose : OptionalInt.empty();
    }

    private static OptionalInt positive(OptionalInt value) {
        return value.isPresent() && value.getAsInt() >= 1 ? value : OptionalInt.empty();
    }

    private static Optional<String> indicatorType(String rest) {
        Matcher m = TYPE.matcher(rest);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1);
        if (word.startsWith("ipv6")) {
            return Optional.of("ipv6");
        }
        if (word.startsWith("ip")) {
            return Optional.of("ipv4");
        }
        if (word.startsWith("e")) {
            return Optional.of("email");
        }
        return Optional.of(word.replaceAll("s$", "").replace("addresse", ""));
    }
}
