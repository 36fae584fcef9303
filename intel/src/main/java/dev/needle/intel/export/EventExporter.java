package dev.needle.intel.export;

import dev.needle.intel.ThreatEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes threat events in one format. The caller passes only events it may show and keeps
 * ownership of the stream: exporters flush it but never close it.
 */
public interface EventExporter {

    /** The format this exporter writes. */
    ExportFormat format();

    /**
     * Writes {@code events} to {@code out}, in their order where the format has one.
     *
     * @return how many events and entries were written and which indicators were skipped
     * @throws IOException when the stream fails; what was written before stays written
     */
    ExportSummary export(List<ThreatEvent> events, OutputStream out) throws IOException;

    /** The exporter for {@code format}, configured by {@code settings}. */
    static EventExporter of(ExportFormat format, ExportSettings settings) {
        return switch (format) {
            case STIX -> new StixBundleExporter(settings.producerName());
            case CSV -> new CsvExporter();
            case BLOCKLIST -> new BlocklistExporter(settings.blocklistType());
            case NGINX_GEO -> new NginxGeoExporter();
            case NGINX_DENY -> new NginxDenyExporter();
            case SURICATA -> new SuricataRuleExporter(settings.suricataSidBase());
            case ZEEK -> new ZeekIntelExporter();
        };
    }
}
