package dev.needle.intel.service;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded random events and aggregate queries over a few values of each field, so that groups
 * repeat, replacements change counts and conditions both keep and drop events. Dates cluster
 * around midnights, and a few fall before 1970, where day arithmetic changes sign.
 */
final class RandomAggregates {

    static final List<String> ATTACKERS = List.of("", "APT1", "APT28", "FIN7", "Lazarus Group",
            "apt1", "Émotet");
    static final List<String> CATEGORIES = List.of("", "Phishing", "C2 server", "Malware");
    static final List<String> COUNTRIES = List.of("", "US", "DE", "GB");
    static final List<String> INDUSTRIES = List.of("", "Finance", "Energy", "Government");
    static final List<String> TECHNIQUES = List.of("T1566.001", "T1071", "T1041");
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 5, 1);
    static final int DAYS = 12;

    private static final List<String> TEXT_FIELDS = List.of("attacker", "category",
            "targetCountry", "targetIndustry");
    private static final List<AggregateDimension> ROLLED_UP = List.of(
            AggregateDimension.ATTACKER, AggregateDimension.CATEGORY,
            AggregateDimension.TARGET_COUNTRY, AggregateDimension.TARGET_INDUSTRY,
            AggregateDimension.KILL_CHAIN_STAGE);

    private final SplittableRandom random;

    RandomAggregates(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An event with id {@code n} and random fields. */
    ThreatEvent event(int n) {
        EventBuilder event = EventBuilder.event(n).at(instant().toString())
                .category(pick(CATEGORIES)).attacker(pick(ATTACKERS), "")
                .target(pick(COUNTRIES), pick(INDUSTRIES))
                .indicator(IndicatorType.IPV4, "192.0.2." + (n % 250 + 1));
        if (random.nextInt(5) > 0) {
            event.stage(KillChainStage.values()[random.nextInt(7)]);
        }
        List<String> techniques = new ArrayList<>();
        for (String technique : TECHNIQUES) {
            if (random.nextInt(3) == 0) {
                techniques.add(technique);
            }
        }
        if (!techniques.isEmpty() && random.nextInt(8) == 0) {
            techniques.add(techniques.getFirst());
        }
        Collections.shuffle(techniques, random);
        event.techniques(techniques.toArray(String[]::new));
        return event.build();
    }

    /** Events with ids drawn from 1 to {@code maxId}, each id once. */
    List<ThreatEvent> events(int count, int maxId) {
        return random.ints(1, maxId + 1).distinct().limit(count).mapToObj(this::event)
                .toList();
    }

    /**
     * A query that a rollup may answer: dimensions and terms on rolled-up fields, date bounds
     * at midnight and, now and then, one inside a day.
     */
    AggregateQuery query() {
        List<AggregateDimension> by = new ArrayList<>(ROLLED_UP);
        Collections.shuffle(by, random);
        by = by.subList(0, random.nextInt(3));
        List<SearchTerm> terms = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            terms.add(term());
        }
        int limit = random.nextInt(6) == 0 ? 1 + random.nextInt(5) : AggregateQuery.MAX_LIMIT;
        return new AggregateQuery(DatasetScope.everything(), by, random.nextBoolean(), terms,
                "", limit);
    }

    /**
     * A query grouped by technique that the technique rollup may answer: with attacker or
     * kill-chain stage beside it, terms on those and the date and, now and then, one on the
     * technique or category that leaves the query to the events.
     */
    AggregateQuery techniqueQuery() {
        List<AggregateDimension> by = new ArrayList<>(List.of(AggregateDimension.ATTACKER,
                AggregateDimension.KILL_CHAIN_STAGE));
        Collections.shuffle(by, random);
        by = new ArrayList<>(by.subList(0, random.nextInt(3)));
        by.add(random.nextInt(by.size() + 1), AggregateDimension.TECHNIQUE);
        List<SearchTerm> terms = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            terms.add(switch (random.nextInt(8)) {
                case 0, 1 -> SearchTerm.of("attacker", pick(List.of(SearchOperator.EQUALS,
                        SearchOperator.NOT, SearchOperator.STARTS_WITH)), pick(ATTACKERS));
                case 2, 3 -> stageTerm();
                case 4 -> SearchTerm.of("mitreAttack", SearchOperator.EQUALS, pick(TECHNIQUES));
                case 5 -> textTerm();
                default -> dateTerm();
            });
        }
        int limit = random.nextInt(6) == 0 ? 1 + random.nextInt(5) : AggregateQuery.MAX_LIMIT;
        return new AggregateQuery(DatasetScope.everything(), by, random.nextBoolean(), terms,
                "", limit);
    }

    private SearchTerm term() {
        return switch (random.nextInt(3)) {
            case 0 -> textTerm();
            case 1 -> stageTerm();
            default -> dateTerm();
        };
    }

    private SearchTerm textTerm() {
        String field = pick(TEXT_FIELDS);
        List<String> values = switch (field) {
            case "attacker" -> ATTACKERS;
            case "category" -> CATEGORIES;
            case "targetCountry" -> COUNTRIES;
            default -> INDUSTRIES;
        };
        SearchOperator op = pick(List.of(SearchOperator.EQUALS, SearchOperator.NOT,
                SearchOperator.IN, SearchOperator.GT, SearchOperator.LTE, SearchOperator.LIKE,
                SearchOperator.CONTAINS, SearchOperator.STARTS_WITH));
        String value = pick(values);
        return switch (op) {
            case IN -> SearchTerm.in(field, List.of(value, pick(values)));
            case LIKE -> SearchTerm.of(field, op, value.isEmpty() ? "%" : value.charAt(0) + "%");
            case CONTAINS, STARTS_WITH -> SearchTerm.of(field, op,
                    value.substring(0, Math.min(2, value.length())).toLowerCase(Locale.ROOT));
            default -> SearchTerm.of(field, op, value);
        };
    }

    private SearchTerm stageTerm() {
        SearchOperator op = pick(List.of(SearchOperator.EQUALS, SearchOperator.NOT,
                SearchOperator.GTE, SearchOperator.LT, SearchOperator.IN));
        String stage = KillChainStage.values()[random.nextInt(7)].label();
        return op == SearchOperator.IN
                ? SearchTerm.in("killChain", List.of(stage, "" + (1 + random.nextInt(7))))
                : SearchTerm.of("killChain", op, stage);
    }

    private SearchTerm dateTerm() {
        SearchOperator op = pick(List.of(SearchOperator.GTE, SearchOperator.GT,
                SearchOperator.LT, SearchOperator.LTE));
        Instant midnight = FIRST_DAY.plusDays(random.nextInt(-1, DAYS + 1))
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant bound = switch (random.nextInt(4)) {
            case 0 -> midnight.minusMillis(1);
            case 1 -> midnight.plusSeconds(3600);
            default -> midnight;
        };
        String text = random.nextBoolean() && bound.equals(midnight)
                ? midnight.atZone(ZoneOffset.UTC).toLocalDate().toString() : bound.toString();
        return SearchTerm.of("date", op, text);
    }

    /** Mostly within a few days, near midnight a third of the time; one in fifty in 1969. */
    private Instant instant() {
        if (random.nextInt(50) == 0) {
            return Instant.parse("1969-12-31T00:00:00Z").plusMillis(random.nextLong(172_800_000));
        }
        Instant midnight = FIRST_DAY.plusDays(random.nextInt(DAYS)).atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        if (random.nextInt(3) == 0) {
            return midnight.plusMillis(random.nextLong(-2, 2));
        }
        return midnight.plusMillis(random.nextLong(86_400_000));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
