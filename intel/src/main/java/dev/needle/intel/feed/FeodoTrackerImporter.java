package dev.needle.intel.feed;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportException;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import dev.needle.intel.attack.AttackCatalog;
import dev.needle.intel.internal.CsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports the abuse.ch Feodo Tracker botnet C2 IP blocklist in CSV
 * ({@code first_seen_utc,dst_ip,dst_port,c2_status,last_online,malware}, or the older
 * {@code Firstseen,DstIP,DstPort,LastOnline,Malware} header in a comment).
 *
 * <p>One event per row, that is per C2 server ({@code ip:port}), dated when the server was
 * first seen, at the command-and-control stage, tagged with the malware family; the port and
 * status go to the metadata. The id derives from {@code ip:port}, so a newer blocklist updates
 * the same events. TLP clear: abuse.ch publishes the list for anyone to use.
 */
final class FeodoTrackerImporter implements FeedImporter {

    private final AttackCatalog catalog;

    FeodoTrackerImporter(AttackCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ParsedFeed parse(Path file, String dataset) throws ImportException {
        WarningLog log = new WarningLog(file.toString());
        List<ThreatEvent> events = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        try (CsvTable table = CsvTable.open(file, ',', true,
                CsvTable.hasColumn("dst_ip", "dstip"))) {
            int firstSeen = table.column("first_seen_utc", "firstseen");
            int ip = table.column("dst_ip", "dstip");
            int port = table.column("dst_port", "dstport");
            int malware = table.column("malware");
            int status = table.optionalColumn("c2_status").orElse(-1);
            int lastOnline = table.optionalColumn("last_online", "lastonline").orElse(-1);
            for (Optional<CsvRecord> r = table.next(); r.isPresent(); r = table.next()) {
                CsvRecord row = r.get();
                String place = table.place(row.line());
                String address = row.field(ip).strip();
                String portText = row.field(port).strip();
                UUID id = EventIds.of(dataset, "feodotracker", address + ":" + portText);
                if (!ids.add(id)) {
                    log.add(place, "C2 " + address + ":" + portText + " is listed twice; the"
                            + " later row is skipped");
                    continue;
                }
                EventDraft d = new EventDraft(dataset, id, place, catalog, log);
                String family = row.field(malware).strip();
                d.indicator(IndicatorType.IPV4, address, place + " dst_ip");
                d.date(Timestamps.parse(row.field(firstSeen), place, "first_seen_utc"));
                d.seen(Timestamps.tryParse(row.field(firstSeen)),
                        Timestamps.parseOptional(row.field(lastOnline), place, "last_online"));
                d.headline(family + " botnet C2 server " + address + ":" + portText);
                d.category("Botnet C2");
                d.stage(KillChainStage.COMMAND_AND_CONTROL);
                d.tag(family);
                d.metadata("source", "abuse.ch Feodo Tracker");
                d.metadata("port", portText);
                d.metadata("malware", family);
                d.metadata("c2_status", row.field(status));
                d.build(Tlp.CLEAR).ifPresent(events::add);
            }
        }
        return new ParsedFeed(events, log.warnings());
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.FEODO_TRACKER;
    }
}
