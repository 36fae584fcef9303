package dev.needle.intel.export;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.net.Cidr;
import dev.needle.intel.ThreatEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the IPv4, IPv6 and CIDR indicators as an nginx {@code geo} block that sets
 * {@code $needle_blocked} to 1 for listed clients and 0 for everyone else.
 *
 * <p>Include the file in the {@code http} block and act on the variable, for example
 * {@code if ($needle_blocked) { return 403; }} in a server. Entries are distinct and in numeric
 * order, so nginx warns of no duplicate network. Only addresses and blocks printed afresh from
 * their parsed form reach the file, and no event text does, so nothing in an event can close
 * the block or add a directive.
 */
public final class NginxGeoExporter implements EventExporter {

    /** The variable the block sets. */
    public static final String VARIABLE = "$needle_blocked";

    @Override
    public ExportFormat format() {
        return ExportFormat.NGINX_GEO;
    }

    @Override
    public ExportSummary export(List<ThreatEvent> events, OutputStream out) throws IOException {
        ExportTally tally = new ExportTally(format());
        NetworkSet networks = collect(events, tally);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write("# Needle blocklist for nginx's geo module: " + networks.size()
                + " networks. Include it in the http block.\n");
        writer.write("geo " + VARIABLE + " {\n");
        writer.write("    default 0;\n");
        for (String entry : networks.entries()) {
            writer.write("    " + entry + " 1;\n");
        }
        writer.write("}\n");
        writer.flush();
        tally.entries(networks.size());
        return tally.summary();
    }

    /** The distinct valid addresses and blocks of the events. */
    static NetworkSet collect(List<ThreatEvent> events, ExportTally tally) {
        NetworkSet networks = new NetworkSet();
        for (ThreatEvent event : events) {
            tally.event();
            for (Indicator indicator : event.indicators()) {
                switch (indicator.type()) {
                    case IPV4, IPV6, CIDR -> tally.checked(event, indicator)
                            .ifPresent(v -> networks.add(Cidr.parse(v)));
                    default -> { }
                }
            }
        }
        return networks;
    }
}
