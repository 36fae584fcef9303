package dev.needle.analyst.plan;

import dev.needle.core.indicator.Indicator;
import dev.needle.traffic.TrafficField;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the deterministic readers found in one question; which of it becomes an argument
 * depends on the intent.
 *
 * @param indicators indicators named, in order
 * @param conditions traffic conditions stated, without a country
 * @param country a country named, ISO alpha-2
 * @param range a time range, canonical
 * @param at a moment, {@code HH:MM} or {@code YYYY-MM-DDTHH:MM}
 * @param limit how many results the question asks for
 * @param field the traffic field named first
 * @param split a field to split a series by
 * @param bucket a series bucket, canonical
 * @param techniques ATT&CK ids, upper case
 * @param stage a kill-chain stage label
 * @param attacker an attacker name
 * @param industry a canonical industry
 * @param indicatorType an indicator type named ("domains", "IPs")
 * @param myIndustry whether the question says "my industry" or the like
 * @param myCountry whether the question says "my country" or the like
 * @param reference whether the question points back ("these", "them", "that actor")
 * @param fragment whether the question is nothing but arguments and filler words ("last 15m
 *     pls", "top 20 from China"), as a follow-up that changes the last answer's arguments is
 * @param filter a filter expression written out after "where", in the --where language
 * @param unreadable what the question says that the readers could not read (a date in a form
 *     they do not know, a malformed filter): the planner asks rather than drop it
 */
record Signals(List<Indicator> indicators, Conditions conditions, Optional<String> country,
        Optional<String> range, Optional<String> at, OptionalInt limit,
        Optional<TrafficField> field, Optional<TrafficField> split, Optional<String> bucket,
        List<String> techniques, Optional<String> stage, Optional<String> attacker,
        Optional<String> industry, Optional<String> indicatorType, boolean myIndustry,
        boolean myCountry, boolean reference, boolean fragment, Optional<String> filter,
        Optional<String> unreadable) {

    /** The filter for traffic tools: one written out, else the conditions read. */
    Optional<String> trafficWhere() {
        return filter.isPresent() ? filter : trafficConditions().where();
    }

    /** The traffic conditions with the country added, for traffic tools. */
    Conditions trafficConditions() {
        Conditions all = new Conditions().overriddenBy(conditions);
        country.ifPresent(code -> all.put(TrafficField.COUNTRY, "country = " + code));
        return all;
    }
}
