package dev.needle.analyst.tool;

import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.AggregateQuery;
import dev.needle.intel.service.AggregateResult;
import dev.needle.intel.service.EventSearch;
import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import dev.needle.intel.service.SortOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The intel search terms of a call's {@code attacker}, {@code technique}, {@code stage},
 * {@code industry}, {@code country} and {@code range} arguments. An industry matches events whose
 * target industry contains its stem, ignoring case, so {@code finance} finds "Financial
 * Services": the stored spellings that do are looked up first and matched exactly, which intel
 * answers from its per-day counts. A range is read against the newest event the caller can
 * see.
 */
record EventFilter(List<SearchTerm> terms, List<String> details) {

    private static final Map<String, String> INDUSTRY_STEMS = Map.ofEntries(
            Map.entry("finance", "financ"), Map.entry("healthcare", "health"),
            Map.entry("government", "govern"), Map.entry("education", "educat"),
            Map.entry("energy", "energ"), Map.entry("retail", "retail"),
            Map.entry("technology", "tech"), Map.entry("telecommunications", "telecom"),
            Map.entry("manufacturing", "manufactur"), Map.entry("transportation", "transport"),
            Map.entry("media", "media"), Map.entry("defense", "defen"),
            Map.entry("legal", "legal"), Map.entry("hospitality", "hospitality"));

    static EventFilter of(Args args, ToolContext context) {
        List<SearchTerm> terms = new ArrayList<>();
        List<String> details = new ArrayList<>();
        args.text("attacker").ifPresent(v -> terms.add(SearchTerm.of("attacker",
                SearchOperator.EQUALS, v)));
        args.text("technique").ifPresent(v -> terms.add(SearchTerm.of("mitreAttack",
                SearchOperator.EQUALS, v)));
        args.text("stage").ifPresent(v -> terms.add(SearchTerm.of("killChain",
                SearchOperator.EQUALS, v)));
        args.text("industry").ifPresent(v -> terms.add(industry(context,
                INDUSTRY_STEMS.getOrDefault(v, v))));
        args.text("country").ifPresent(v -> terms.add(SearchTerm.of("targetCountry",
                SearchOperator.EQUALS, v)));
        Optional<String> range = args.text("range");
        if (range.isPresent()) {
            Instant anchor = Ranges.anchor(context.clock().instant(), newestEvent(context));
            TimeWindow window = Ranges.resolve(args.tool(), range.get(), anchor);
            terms.add(SearchTerm.of("date", SearchOperator.GTE, window.from().toString()));
            terms.add(SearchTerm.of("date", SearchOperator.LT, window.to().toString()));
            details.add("range " + range.get() + " = " + window);
        }
        return new EventFilter(terms, details);
    }

    /** Events whose target industry contains {@code stem}, as an exact term when it can be. */
    private static SearchTerm industry(ToolContext context, String stem) {
        AggregateResult stored = context.intel().aggregate(context.caller(),
                AggregateQuery.counting(AggregateDimension.TARGET_INDUSTRY));
        List<String> spellings = stored.rows().stream()
                .map(row -> row.value(AggregateDimension.TARGET_INDUSTRY))
                .filter(value -> value.toLowerCase(Locale.ROOT).contains(stem))
                .distinct().toList();
        if (spellings.isEmpty() || spellings.size() > SearchTerm.MAX_IN_VALUES) {
            return SearchTerm.of("targetIndustry", SearchOperator.CONTAINS, stem);
        }
        return SearchTerm.in("targetIndustry", spellings);
    }

    /** A search over every dataset the caller may read with these terms, newest first. */
    EventSearch search(int pageSize) {
        EventSearch search = EventSearch.everything().withPageSize(pageSize);
        for (SearchTerm term : terms) {
            search = search.and(term);
        }
        return search;
    }

    /** The date of the newest event the caller can read. */
    static Optional<Instant> newestEvent(ToolContext context) {
        return context.intel().searchEvents(context.caller(), EventSearch.everything()
                .sortedBy("date", SortOrder.DESC).withPageSize(1)).events().stream()
                .findFirst().map(ThreatEvent::date);
    }
}
