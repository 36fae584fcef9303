package dev.needle.intel.export;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ThreatEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes Suricata rules, one per distinct indicator (two for a domain), each line a complete
 * rule with a unique sid counted up from a base.
 *
 * <ul>
 *   <li>Address or block: {@code alert ip [addr] any -> $HOME_NET any}.</li>
 *   <li>Domain: a {@code dns.query} rule and a {@code tls.sni} rule, each matching the name and
 *       its subdomains ({@code dotprefix} with {@code endswith}).</li>
 *   <li>http URL: an {@code http} rule on the exact {@code http.host} and
 *       {@code http.uri.raw}; the raw URI is used because the indicator is the URL as written,
 *       percent escapes included.</li>
 *   <li>JA3: a {@code tls} rule on {@code ja3.hash}; Suricata must have JA3 enabled.</li>
 * </ul>
 *
 * <p>Not written, and counted in a comment at the end: https and other non-http URLs (the path
 * is not visible without TLS inspection, and a rule on the host alone would block far more than
 * the indicator says), file hashes (Suricata matches them through {@code filemd5} and
 * {@code filesha256} list files; the blocklist export writes those lists), JA4, ASN and e-mail
 * indicators. Sids follow the order of the events, so they are stable only while the events
 * are. The message is the event headline, escaped by {@link SuricataText}.
 */
public final class SuricataRuleExporter implements EventExporter {

    private static final long MAX_SID = 0xffff_ffffL;
    private static final String TO_HOME = " any -> $HOME_NET any";
    private static final String FROM_HOME = "$HOME_NET any -> any any";

    private final long sidBase;

    /** Rules numbered from {@code sidBase}, 1 to 4294967295. */
    public SuricataRuleExporter(long sidBase) {
        checkSidBase(sidBase);
        this.sidBase = sidBase;
    }

    static void checkSidBase(long sidBase) {
        if (sidBase < 1 || sidBase > MAX_SID) {
            throw new IllegalArgumentException("Suricata sid base " + sidBase
                    + " is outside 1 to " + MAX_SID);
        }
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.SURICATA;
    }

    @Override
    public ExportSummary export(List<ThreatEvent> events, OutputStream out) throws IOException {
        ExportTally tally = new ExportTally(format());
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write("# Needle rules: one per indicator, sids from " + sidBase + ".\n");
        Set<String> seen = new HashSet<>();
        Map<String, Long> unsupported = new TreeMap<>();
        long sid = sidBase;
        for (ThreatEvent event : events) {
            tally.event();
            for (Indicator indicator : event.indicators()) {
                var value = tally.checked(event, indicator);
                if (value.isEmpty() || !seen.add(indicator.type() + " " + value.get())) {
                    continue;
                }
                List<String> rules = rules(event, indicator.type(), value.get(), sid);
                if (rules.isEmpty()) {
                    String reason = unsupportedReason(indicator, value.get());
                    tally.unsupported(event, indicator, reason);
                    unsupported.merge(reason, 1L, Long::sum);
                }
                for (String rule : rules) {
                    writer.write(rule);
                    writer.write('\n');
                    sid++;
                    tally.entry();
                }
            }
        }
        for (var skipped : unsupported.entrySet()) {
            writer.write("# not written: " + skipped.getValue() + " " + skipped.getKey() + "\n");
        }
        writer.flush();
        return tally.summary();
    }

    /** The rules for a valid value, numbered from {@code sid}; none when the type has none. */
    private List<String> rules(ThreatEvent event, IndicatorType type, String value, long sid) {
        List<Match> matches = matches(type, value);
        if (sid + matches.size() - 1 > MAX_SID) {
            throw new IllegalArgumentException("Suricata sids from base " + sidBase
                    + " run past " + MAX_SID + "; choose a lower base");
        }
        String msg = SuricataText.message("NEEDLE " + (event.headline().isBlank()
                ? type.label() + " indicator" : event.headline()));
        List<String> rules = new ArrayList<>(matches.size());
        for (Match match : matches) {
            rules.add(match.header() + " (msg:\"" + msg + "\"; " + match.options()
                    + "metadata:needle_event " + event.id() + "; sid:" + (sid + rules.size())
                    + "; rev:1;)");
        }
        return rules;
    }

    /** A rule's header and the options that match, before message, metadata and sid. */
    private record Match(String header, String options) {
    }

    private static List<Match> matches(IndicatorType type, String value) {
        return switch (type) {
            case IPV4, IPV6, CIDR -> List.of(new Match("alert ip [" + value + "]" + TO_HOME, ""));
            case DOMAIN -> {
                String name = content("." + value) + " nocase; endswith; ";
                yield List.of(new Match("alert dns " + FROM_HOME, "dns.query; dotprefix; " + name),
                        new Match("alert tls " + FROM_HOME, "tls.sni; dotprefix; " + name));
            }
            case URL -> UrlParts.parse(value).filter(u -> u.scheme().equals("http"))
                    .map(u -> List.of(new Match("alert http " + FROM_HOME, "http.host; "
                            + content(u.host().toLowerCase(Locale.ROOT))
                            + " startswith; endswith; http.uri.raw; "
                            + content(u.afterAuthority()) + " startswith; endswith; ")))
                    .orElse(List.of());
            case JA3 -> List.of(new Match("alert tls " + FROM_HOME,
                    "ja3.hash; " + content(value) + " "));
            default -> List.of();
        };
    }

    private static String content(String text) {
        return "content:\"" + SuricataText.content(text) + "\";";
    }

    private static String unsupportedReason(Indicator indicator, String value) {
        return switch (indicator.type()) {
            case URL -> UrlParts.parse(value).map(UrlParts::scheme).orElse("other")
                    .equals("https") ? "https URLs (the path is encrypted)"
                    : "non-http URLs (no Suricata buffer for them)";
            case MD5, SHA1, SHA256 -> indicator.type().label()
                    + " hashes (load the blocklist export with filemd5/filesha256)";
            default -> indicator.type().label() + " indicators (no Suricata keyword)";
        };
    }
}
