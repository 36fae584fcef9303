package dev.needle.intel.export;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Writes a Zeek intel framework file: a {@code #fields} header, then one tab-separated line per
 * indicator of each event with the indicator, its {@code Intel::} type, {@code needle/<dataset>}
 * as source and the headline as description.
 *
 * <p>Types: addresses {@code Intel::ADDR}, blocks {@code Intel::SUBNET}, domains
 * {@code Intel::DOMAIN}, URLs {@code Intel::URL} without their scheme (as Zeek sees them), MD5,
 * SHA-1 and SHA-256 {@code Intel::FILE_HASH}, e-mail addresses {@code Intel::EMAIL}. Zeek has no
 * intel type for JA3, JA4 or ASN, so those are skipped.
 *
 * <p>Zeek's reader splits on tabs and lines and skips lines that start with {@code #}. Indicator
 * values are checked for their type's shape, so they have no tab or line break, and one that
 * would start with {@code #} is skipped. In source and description every control character
 * becomes a space; an empty description is written as {@code -}, Zeek's mark for unset.
 */
public final class ZeekIntelExporter implements EventExporter {

    static final String HEADER = "#fields\tindicator\tindicator_type\tmeta.source\tmeta.desc";

    @Override
    public ExportFormat format() {
        return ExportFormat.ZEEK;
    }

    @Override
    public ExportSummary export(List<ThreatEvent> events, OutputStream out) throws IOException {
        ExportTally tally = new ExportTally(format());
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(HEADER);
        writer.write('\n');
        for (ThreatEvent event : events) {
            tally.event();
            String metadata = "\t" + field("needle/" + event.dataset()) + "\t"
                    + field(event.headline()) + "\n";
            for (Indicator indicator : event.indicators()) {
                Optional<String> line = line(tally, event, indicator);
                if (line.isPresent()) {
                    writer.write(line.get() + metadata);
                    tally.entry();
                }
            }
        }
        writer.flush();
        return tally.summary();
    }

    /** Indicator and type fields of a writable indicator; others are counted as skipped. */
    private static Optional<String> line(ExportTally tally, ThreatEvent event,
            Indicator indicator) {
        Optional<String> value = tally.checked(event, indicator);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> type = intelType(indicator);
        String written = zeekValue(indicator, value.get());
        if (type.isEmpty() || written.startsWith("#")) {
            tally.unsupported(event, indicator, type.isEmpty()
                    ? "Zeek has no intel type for " + indicator.type().label()
                    : "a Zeek intel line cannot start with '#'");
            return Optional.empty();
        }
        return Optional.of(written + "\t" + type.get());
    }

    private static Optional<String> intelType(Indicator indicator) {
        return switch (indicator.type()) {
            case IPV4, IPV6 -> Optional.of("Intel::ADDR");
            case CIDR -> Optional.of("Intel::SUBNET");
            case DOMAIN -> Optional.of("Intel::DOMAIN");
            case URL -> Optional.of("Intel::URL");
            case MD5, SHA1, SHA256 -> Optional.of("Intel::FILE_HASH");
            case EMAIL -> Optional.of("Intel::EMAIL");
            case JA3, JA4, ASN -> Optional.empty();
        };
    }

    private static String zeekValue(Indicator indicator, String value) {
        return switch (indicator.type()) {
            case URL -> UrlParts.parse(value).map(UrlParts::withoutScheme).orElse(value);
            default -> value;
        };
    }

    /** Free text as one Zeek field: controls become spaces; empty becomes unset. */
    static String field(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean breaks = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            out.append(breaks ? ' ' : c);
        }
        String field = out.toString().strip();
        return field.isEmpty() ? "-" : field;
    }
}
