package dev.needle.app.http.web;

import java.util.List;
import java.util.Optional;

/**
 * Everything the traffic overview shows, computed and formatted before rendering so that the
 * templates only place and escape text.
 *
 * @param filter the selection as the URL carries it
 * @param chips one removable chip per filter clause
 * @param problem why the selection could not be shown (a bad filter or time), if it could not
 * @param summary totals over the selection
 * @param seriesUrl the API URL of the requests-over-time series for the chart
 * @param panels the top lists
 * @param findings what in the selection should start an investigation
 */
public record OverviewView(PageFilter filter, List<Chip> chips, Optional<String> problem,
        Summary summary, String seriesUrl, List<TopPanel> panels, List<FindingCard> findings) {

    public OverviewView {
        chips = List.copyOf(chips);
        panels = List.copyOf(panels);
        findings = List.copyOf(findings);
    }

    /** A filter clause and the URL of the page without it. */
    public record Chip(String clause, String removeHref) {
    }

    /** Totals, formatted for reading. */
    public record Summary(String requests, String distinctIps, String errors, String errorShare,
            String first, String last) {

        /** The totals of a selection that could not be read. */
        static Summary unknown() {
            return new Summary("–", "–", "–", "–", "–", "–");
        }
    }

    /** One top list: its field, heading and rows. */
    public record TopPanel(String field, String title, List<TopRow> rows) {

        public TopPanel {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One top-list row.
     *
     * @param value the stored value
     * @param display the value as shown: the value itself, or a placeholder for an empty or
     *     unknown one
     * @param placeholder whether {@code display} is a placeholder rather than the value
     * @param count requests with this value
     * @param countText the count formatted for reading
     * @param share the count's share of the selection, 0 to 1, as text for a meter
     * @param percent the share formatted for reading
     * @param href the page filtered to this value
     */
    public record TopRow(String value, String display, boolean placeholder, long count,
            String countText, String share, String percent, String href) {
    }

    /** One finding, formatted, with the link that asks the analyst about it. */
    public record FindingCard(String kind, String severity, String subjectField, String subject,
            String summary, String window, List<String> contributors, String ask) {

        public FindingCard {
            contributors = List.copyOf(contributors);
        }
    }
}
