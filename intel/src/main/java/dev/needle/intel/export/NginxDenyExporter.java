package dev.needle.intel.export;

import dev.needle.intel.ThreatEvent;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the IPv4, IPv6 and CIDR indicators as nginx {@code deny} directives, one per line.
 *
 * <p>Include the file in an {@code http}, {@code server} or {@code location} block; nginx's
 * access module then answers 403 to listed clients. As with {@link NginxGeoExporter}, entries
 * are distinct, sorted and printed from their parsed form, and no event text is written.
 */
public final class NginxDenyExporter implements EventExporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.NGINX_DENY;
    }

    @Override
    public ExportSummary export(List<ThreatEvent> events, OutputStream out) throws IOException {
        ExportTally tally = new ExportTally(format());
        NetworkSet networks = NginxGeoExporter.collect(events, tally);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write("# Needle blocklist for nginx's access module: " + networks.size()
                + " networks.\n");
        for (String entry : networks.entries()) {
            writer.write("deny " + entry + ";\n");
        }
        writer.flush();
        tally.entries(networks.size());
        return tally.summary();
    }
}
