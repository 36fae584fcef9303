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
 * Imports abuse.ch URLhaus URL lists in CSV
 * ({@code id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter}; the header
 * may be a comment line, as in the files URLhaus serves).
 *
 * <p>One event per row, that is per URL, with its id derived from the URLhaus id so that a
 * newer dump updates the same events. A {@code malware_download} URL is at the delivery stage.
 * The tags (architecture, file type, family) become event tags; status, link and reporter go to
 * the metadata. TLP clear.
 */
final class UrlhausImporter implements FeedImporter {

    private final AttackCatalog catalog;

    UrlhausImporter(AttackCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ParsedFeed parse(Path file, String dataset) throws ImportException {
        WarningLog log = new WarningLog(file.toString());
        List<ThreatEvent> events = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        try (CsvTable table = CsvTable.open(file, ',', true, CsvTable.hasColumn("urlhaus_link"))) {
            Columns c = new Columns(table.column("id"), table.column("dateadded"),
                    table.column("url"), table.column("threat"), table.column("tags"),
                    table.optionalColumn("url_status").orElse(-1),
                    table.optionalColumn("last_online").orElse(-1),
                    table.optionalColumn("urlhaus_link").orElse(-1),
                    table.optionalColumn("reporter").orElse(-1));
            for (Optional<CsvRecord> r = table.next(); r.isPresent(); r = table.next()) {
                String place = table.place(r.get().line());
                UUID id = EventIds.of(dataset, "urlhaus", r.get().field(c.id).strip());
                if (!ids.add(id)) {
                    log.add(place, "URLhaus id " + r.get().field(c.id) + " is listed twice; the"
                            + " later row is skipped");
                    continue;
                }
                EventDraft d = new EventDraft(dataset, id, place, catalog, log);
                describe(d, r.get(), c, place);
                d.build(Tlp.CLEAR).ifPresent(events::add);
            }
        }
        return new ParsedFeed(events, log.warnings());
    }

    private static void describe(EventDraft d, CsvRecord row, Columns c, String place)
            throws ImportException {
        String url = row.field(c.url).strip();
        String threat = row.field(c.threat).strip();
        d.indicator(IndicatorType.URL, url, place + " url");
        d.date(Timestamps.parse(row.field(c.dateAdded), place, "dateadded"));
        d.seen(Timestamps.tryParse(row.field(c.dateAdded)),
                Timestamps.parseOptional(row.field(c.lastOnline), place, "last_online"));
        boolean download = threat.equals("malware_download");
        d.headline((download ? "Malware download URL " : threat + " URL ") + url);
        d.category(download ? "Malware download" : threat);
        if (download) {
            d.stage(KillChainStage.DELIVERY);
        }
        for (String tag : row.field(c.tags).split(",")) {
            d.tag(tag);
        }
        d.metadata("source", "abuse.ch URLhaus");
        d.metadata("urlhaus.id", row.field(c.id));
        d.metadata("url_status", row.field(c.status));
        d.metadata("urlhaus_link", row.field(c.link));
        d.metadata("reporter", row.field(c.reporter));
    }

    private record Columns(int id, int dateAdded, int url, int threat, int tags, int status,
            int lastOnline, int link, int reporter) {
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.URLHAUS;
    }
}
