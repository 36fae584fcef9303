package dev.needle.app.http.api;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.intel.service.IndicatorMatch;
import dev.needle.intel.service.IntelService;
import dev.needle.intel.service.MatchReport;
import dev.needle.intel.service.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks raw values up in intel: each is normalised by detecting its type, then the known ones
 * are reported with their matches. A value of no recognised type is reported as unknown with
 * {@code recognised} false.
 */
final class IndicatorLookup {

    private IndicatorLookup() {
    }

    /** The body of a match response: one entry per raw value, in the order given. */
    static Map<String, Object> answer(List<String> raw, IntelService intel, Principal reader) {
        Map<String, Optional<Indicator>> detected = new LinkedHashMap<>();
        raw.forEach(value -> detected.put(value, IndicatorNormalizer.detect(value)));
        List<Indicator> indicators = detected.values().stream().flatMap(Optional::stream)
                .distinct().toList();
        MatchReport report = intel.match(reader, indicators);
        Map<Indicator, IndicatorMatch> known = new LinkedHashMap<>();
        report.matches().forEach(match -> known.put(match.indicator(), match));

        List<Map<String, Object>> results = new ArrayList<>();
        detected.forEach((value, indicator) -> results.add(entry(value, indicator, known)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("checked", report.checked());
        body.put("results", results);
        return body;
    }

    private static Map<String, Object> entry(String value, Optional<Indicator> indicator,
            Map<Indicator, IndicatorMatch> known) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("value", value);
        entry.put("recognised", indicator.isPresent());
        indicator.ifPresent(i -> entry.put("indicator", i));
        Optional<IndicatorMatch> match = indicator.map(known::get);
        entry.put("known", match.isPresent());
        match.ifPresent(m -> {
            entry.put("score", m.score());
            entry.put("expired", m.expired());
            entry.put("matches", m.events());
        });
        return entry;
    }
}
