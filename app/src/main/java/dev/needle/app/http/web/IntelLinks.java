package dev.needle.app.http.web;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The addresses of the intel pages, with every value from a feed percent-encoded. */
public final class IntelLinks {

    private IntelLinks() {
    }

    /** The page of one event. */
    public static String event(ThreatEvent event) {
        return event(event.dataset(), event.id());
    }

    /** The page of the event {@code id} in {@code dataset}. */
    public static String event(String dataset, UUID id) {
        return "/intel/datasets/" + segment(dataset) + "/events/" + id;
    }

    /**
     * The page of an indicator. Slashes in the value stay literal (the route takes the rest of
     * the path), because the server refuses encoded ones as ambiguous.
     */
    public static String indicator(Indicator indicator) {
        return "/intel/indicators/" + segment(indicator.type().label()) + "/"
                + segment(indicator.value()).replace("%2F", "/");
    }

    /** The events page continuing at {@code cursor}. */
    public static String nextPage(String cursor) {
        return "/intel?cursor=" + segment(cursor);
    }

    /** The events page filtered to one attacker. */
    public static String attacker(String attacker) {
        return "/intel?attacker=" + segment(attacker);
    }

    /** {@code text} encoded for a query parameter. */
    public static String query(String text) {
        return segment(text);
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
