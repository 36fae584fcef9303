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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports the abuse.ch SSLBL JA3 fingerprint blacklist in CSV
 * ({@code ja3_md5,Firstseen,Lastseen,Listingreason}, the header in a comment line).
 *
 * <p>One event per fingerprint: a JA3 indicator (never read as MD5, whatever it looks like),
 * dated when first seen, tagged with the listing reason (the malware family), at the
 * command-and-control stage since the fingerprints come from C2 traffic. TLP clear.
 */
final class SslblJa3Importer implements FeedImporter {

    private final AttackCatalog catalog;

    SslblJa3Importer(AttackCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ParsedFeed parse(Path file, String dataset) throws ImportException {
        WarningLog log = new WarningLog(file.toString());
        List<ThreatEvent> events = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        try (CsvTable table = CsvTable.open(file, ',', true, CsvTable.hasColumn("ja3_md5"))) {
            int ja3 = table.column("ja3_md5");
            int firstSeen = table.column("firstseen");
            int lastSeen = table.optionalColumn("lastseen").orElse(-1);
            int reason = table.column("listingreason");
            for (Optional<CsvRecord> r = table.next(); r.isPresent(); r = table.next()) {
                CsvRecord row = r.get();
                String place = table.place(row.line());
                String fingerprint = row.field(ja3).strip().toLowerCase(Locale.ROOT);
                UUID id = EventIds.of(dataset, "sslbl-ja3", fingerprint);
                if (!ids.add(id)) {
                    log.add(place, "JA3 " + fingerprint + " is listed twice; the later row is"
                            + " skipped");
                    continue;
                }
                String family = row.field(reason).strip();
                EventDraft d = new EventDraft(dataset, id, place, catalog, log);
                d.indicator(IndicatorType.JA3, fingerprint, place + " ja3_md5");
                d.date(Timestamps.parse(row.field(firstSeen), place, "Firstseen"));
                d.seen(Timestamps.tryParse(row.field(firstSeen)),
                        Timestamps.parseOptional(row.field(lastSeen), place, "Lastseen"));
                d.headline("TLS client fingerprint of " + family);
                d.category("Malicious TLS client");
                d.stage(KillChainStage.COMMAND_AND_CONTROL);
                d.tag(family);
                d.metadata("source", "abuse.ch SSLBL");
                d.metadata("listing_reason", family);
                d.build(Tlp.CLEAR).ifPresent(events::add);
            }
        }
        return new ParsedFeed(events, log.warnings());
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.SSLBL_JA3;
    }
}
