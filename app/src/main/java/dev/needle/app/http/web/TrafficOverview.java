package dev.needle.app.http.web;

import dev.needle.app.http.api.ApiException;
import dev.needle.app.http.api.TimeParameter;
import dev.needle.traffic.Bucket;
import dev.needle.traffic.Finding;
import dev.needle.traffic.TopEntry;
import dev.needle.traffic.TrafficField;
import dev.needle.traffic.TrafficQuery;
import dev.needle.traffic.TrafficService;
import dev.needle.traffic.TrafficSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what the traffic overview shows from the traffic service. A filter or time the service
 * rejects becomes the view's problem, shown to the user, instead of an error page.
 */
final class TrafficOverview {

    /** The top lists of the page, in order, with their headings. */
    private static final List<TrafficField> PANELS = List.of(TrafficField.IP, TrafficField.PATH,
            TrafficField.STATUS, TrafficField.COUNTRY, TrafficField.UA, TrafficField.ASN);

    private static final int TOP_ROWS = 10;

    /** How many status codes the chart splits requests into. */
    private static final int CHART_SPLIT = 6;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final TrafficService traffic;

    TrafficOverview(TrafficService traffic) {
        this.traffic = traffic;
    }

    /** The view of the rows {@code filter} selects. */
    OverviewView read(PageFilter filter) {
        List<OverviewView.Chip> chips = chips(filter);
        TrafficQuery query;
        TrafficSummary summary;
        try {
            query = query(filter);
            summary = traffic.summary(query);
        } catch (ApiException e) {
            return unreadable(filter, chips, e.getMessage());
        } catch (IllegalArgumentException e) {
            return unreadable(filter, chips, "filter: " + e.getMessage());
        }

        List<OverviewView.TopPanel> panels = new ArrayList<>();
        for (TrafficField field : PANELS) {
            panels.add(panel(field, traffic.top(field, query, TOP_ROWS), summary, filter));
        }
        List<OverviewView.FindingCard> findings =
                traffic.findings(query).stream().map(TrafficOverview::card).toList();
        String seriesUrl = "/api/v1/traffic/series?bucket=" + bucketFor(summary).label()
                + "&split=status&n=" + CHART_SPLIT + filter.apiParams();
        return new OverviewView(filter, chips, Optional.empty(), summary(summary), seriesUrl,
                panels, findings);
    }

    private static TrafficQuery query(PageFilter filter) {
        Optional<Instant> since = filter.since().map(s -> TimeParameter.parse("since", s));
        Optional<Instant> until = filter.until().map(u -> TimeParameter.parse("until", u));
        return new TrafficQuery(filter.where(), since, until);
    }

    private static OverviewView unreadable(PageFilter filter, List<OverviewView.Chip> chips,
            String problem) {
        return new OverviewView(filter, chips, Optional.of(problem),
                OverviewView.Summary.unknown(), "", List.of(), List.of());
    }

    private static List<OverviewView.Chip> chips(PageFilter filter) {
        List<OverviewView.Chip> chips = new ArrayList<>();
        for (int i = 0; i < filter.clauses().size(); i++) {
            chips.add(new OverviewView.Chip(filter.clauses().get(i), filter.without(i).href()));
        }
        return chips;
    }

    private static OverviewView.TopPanel panel(TrafficField field, List<TopEntry> entries,
            TrafficSummary summary, PageFilter filter) {
        List<OverviewView.TopRow> rows = entries.stream().map(entry -> {
            double share = summary.requests() == 0 ? 0
                    : (double) entry.count() / summary.requests();
            Optional<String> placeholder = placeholder(field, entry.value());
            return new OverviewView.TopRow(entry.value(), placeholder.orElse(entry.value()),
                    placeholder.isPresent(), entry.count(), count(entry.count()),
                    String.format(Locale.ROOT, "%.4f", share), percent(share),
                    filter.with(WhereClause.equalTo(field, entry.value())).href());
        }).toList();
        return new OverviewView.TopPanel(field.label(), title(field), rows);
    }

    /** What to show instead of an empty value, or of ASN 0, which means none was found. */
    private static Optional<String> placeholder(TrafficField field, String value) {
        if (value.isEmpty()) {
            return Optional.of("(empty)");
        }
        if (field == TrafficField.ASN && value.equals("0")) {
            return Optional.of("(unknown)");
        }
        return Optional.empty();
    }

    private static OverviewView.Summary summary(TrafficSummary summary) {
        double errorShare = summary.requests() == 0 ? 0
                : (double) summary.errors() / summary.requests();
        return new OverviewView.Summary(count(summary.requests()), count(summary.distinctIps()),
                count(summary.errors()), percent(errorShare),
                summary.first().map(TIME::format).orElse("–"),
                summary.last().map(TIME::format).orElse("–"));
    }

    private static OverviewView.FindingCard card(Finding finding) {
        List<String> contributors = finding.contributors().stream()
                .map(c -> c.field() + " " + c.value() + " (" + count(c.count()) + ")")
                .toList();
        String window = SHORT_TIME.format(finding.windowStart()) + " – "
                + SHORT_TIME.format(finding.windowEnd()) + " UTC";
        return new OverviewView.FindingCard(words(finding.kind().name()),
                finding.severity().name().toLowerCase(Locale.ROOT), finding.subjectField(),
                finding.subject(), finding.summary(), window, contributors,
                AskLinks.finding(finding));
    }

    /**
     * A bucket that gives the chart tens to a few hundred bars: minutes for up to six hours,
     * hours for up to two weeks, days beyond.
     */
    static Bucket bucketFor(TrafficSummary summary) {
        if (summary.first().isEmpty() || summary.last().isEmpty()) {
            return Bucket.HOUR;
        }
        Duration span = Duration.between(summary.first().get(), summary.last().get());
        if (span.compareTo(Duration.ofHours(6)) <= 0) {
            return Bucket.MINUTE;
        }
        return span.compareTo(Duration.ofDays(14)) <= 0 ? Bucket.HOUR : Bucket.DAY;
    }

    private static String title(TrafficField field) {
        return switch (field) {
            case IP -> "Client IPs";
            case PATH -> "Paths";
            case STATUS -> "Status codes";
            case COUNTRY -> "Countries";
            case UA -> "User agents";
            case ASN -> "Networks (ASN)";
            case METHOD -> "Methods";
            case HOST -> "Hosts";
            case REFERER -> "Referers";
        };
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** {@code REQUEST_SPIKE} as {@code Request spike}. */
    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
