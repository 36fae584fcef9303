package dev.needle.intel.export;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.core.net.Cidr;
import dev.needle.core.net.IpAddress;
import dev.needle.intel.ThreatEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Writes the distinct values of one indicator type, one per line, sorted, with no header: the
 * plain list that firewalls, proxies and Suricata's {@code filemd5}/{@code filesha256} keywords
 * read.
 *
 * <p>Addresses and blocks sort numerically; other values sort by their text. Values that do not
 * have the shape of the type are skipped, so no line can carry a line break.
 */
public final class BlocklistExporter implements EventExporter {

    private final IndicatorType type;

    /** A list of indicators of {@code type}. */
    public BlocklistExporter(IndicatorType type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.BLOCKLIST;
    }

    @Override
    public ExportSummary export(List<ThreatEvent> events, OutputStream out) throws IOException {
        ExportTally tally = new ExportTally(format());
        NetworkSet networks = new NetworkSet();
        TreeSet<String> values = new TreeSet<>();
        for (ThreatEvent event : events) {
            tally.event();
            for (Indicator indicator : event.indicators()) {
                if (indicator.type() == type) {
                    tally.checked(event, indicator).ifPresent(v -> collect(v, networks, values));
                }
            }
        }
        Collection<String> lines = switch (type) {
            case IPV4, IPV6 -> networks.entries();
            case CIDR -> networks.blocks();
            default -> values;
        };
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (String line : lines) {
            writer.write(line);
            writer.write('\n');
        }
        writer.flush();
        tally.entries(lines.size());
        return tally.summary();
    }

    private void collect(String value, NetworkSet networks, TreeSet<String> values) {
        switch (type) {
            case IPV4, IPV6 -> networks.add(Cidr.containing(IpAddress.parse(value), 128));
            case CIDR -> networks.add(Cidr.parse(value));
            default -> values.add(value);
        }
    }
}
