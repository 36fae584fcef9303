package dev.needle.intel.feed;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorNormalizer;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.attack.AttackCatalog;
import dev.needle.intel.internal.CsvRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a CSV file of indicators read through a {@link CsvMapping}. The file needs a header
 * line; lines starting with {@code #} are comments. A mapped column missing from the header is
 * an error naming the column and the file.
 *
 * <p>One event per row. Its id derives from the mapped id column, else from the indicator, the
 * attacker and the date, so re-importing the file replaces its events; a second row with the
 * same id is skipped with a warning. A value whose type is unknown or that does not fit its
 * type is a warning, and the row is skipped.
 */
final class CsvImporter implements FeedImporter {

    private static final Map<String, IndicatorType> TYPE_ALIASES = Map.ofEntries(
            Map.entry("hostname", IndicatorType.DOMAIN),
            Map.entry("domain-name", IndicatorType.DOMAIN),
            Map.entry("fqdn", IndicatorType.DOMAIN),
            Map.entry("uri", IndicatorType.URL),
            Map.entry("sha-1", IndicatorType.SHA1),
            Map.entry("sha-256", IndicatorType.SHA256),
            Map.entry("md5_hash", IndicatorType.MD5),
            Map.entry("sha1_hash", IndicatorType.SHA1),
            Map.entry("sha256_hash", IndicatorType.SHA256),
            Map.entry("email-src", IndicatorType.EMAIL),
            Map.entry("email-addr", IndicatorType.EMAIL),
            Map.entry("as", IndicatorType.ASN),
            Map.entry("ja3-fingerprint-md5", IndicatorType.JA3));
    private static final Set<String> IP_ALIASES = Set.of("ip", "ip-src", "ip-dst", "ipv4-addr",
            "ipv6-addr", "ip-address");

    private final CsvMapping mapping;
    private final AttackCatalog catalog;

    CsvImporter(CsvMapping mapping, AttackCatalog catalog) {
        this.mapping = mapping;
        this.catalog = catalog;
    }

    @Override
    public ParsedFeed parse(Path file, String dataset) throws ImportException {
        WarningLog log = new WarningLog(file.toString());
        List<ThreatEvent> events = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        Instant fileDate = SourceFiles.modified(file);
        if (mapping.dateColumn().isEmpty()) {
            log.add(file.toString(), "no date column is mapped; events are dated by the file's"
                    + " modification time, " + fileDate);
        }
        try (CsvTable table = CsvTable.open(file, mapping.delimiter(), true, header -> true)) {
            Columns columns = columns(table);
            for (Optional<CsvRecord> r = table.next(); r.isPresent(); r = table.next()) {
                String place = table.place(r.get().line());
                row(r.get(), columns, place, dataset, fileDate, log, ids)
                        .ifPresent(events::add);
            }
        }
        return new ParsedFeed(events, log.warnings());
    }

    private Optional<ThreatEvent> row(CsvRecord row, Columns c, String place, String dataset,
            Instant fileDate, WarningLog log, Set<UUID> ids) throws ImportException {
        String raw = row.field(c.value);
        Optional<Indicator> indicator = indicator(raw, row.field(c.type), place, log);
        if (indicator.isEmpty()) {
            return Optional.empty();
        }
        String attacker = row.field(c.attacker).strip();
        String dateText = row.field(c.date).strip();
        String key = c.id >= 0 ? row.field(c.id).strip()
                : indicator.get() + "|" + attacker + "|" + dateText;
        UUID id = EventIds.of(dataset, "csv", key);
        if (!ids.add(id)) {
            log.add(place, "the row repeats an earlier one (" + key + "); skipped");
            return Optional.empty();
        }
        EventDraft d = new EventDraft(dataset, id, place, catalog, log);
        d.indicator(indicator.get());
        d.date(c.date < 0 ? fileDate : Timestamps.parse(dateText, place,
                mapping.dateColumn().orElseThrow()));
        d.attacker(attacker);
        d.category(row.field(c.category));
        d.headline(c.headline >= 0 ? row.field(c.headline) : indicator.get().toString());
        for (String tag : row.field(c.tags).split("[,;|]")) {
            d.tag(tag);
        }
        if (c.lastSeen >= 0) {
            d.seen(Optional.empty(), Timestamps.parseOptional(row.field(c.lastSeen), place,
                    mapping.lastSeenColumn().orElseThrow()));
        }
        mapping.stage().ifPresent(d::stage);
        d.metadata("source", "csv");
        return d.build(mapping.tlp());
    }

    private Optional<Indicator> indicator(String raw, String typeName, String place,
            WarningLog log) {
        String at = place + " " + mapping.valueColumn();
        if (mapping.type().isPresent()) {
            return normalized(mapping.type().get(), raw, at, log);
        }
        if (mapping.typeColumn().isEmpty()) {
            Optional<Indicator> detected = IndicatorNormalizer.detect(raw);
            if (detected.isEmpty()) {
                log.add(at, "'" + raw.strip() + "' is not an indicator of any type Needle"
                        + " knows; row skipped");
            }
            return detected;
        }
        String name = typeName.strip().toLowerCase(Locale.ROOT);
        if (IP_ALIASES.contains(name)) {
            return normalized(raw.indexOf(':') >= 0 ? IndicatorType.IPV6 : IndicatorType.IPV4,
                    raw, at, log);
        }
        IndicatorType type = TYPE_ALIASES.get(name);
        if (type == null) {
            try {
                type = IndicatorType.parse(name);
            } catch (IllegalArgumentException e) {
                log.add(place + " " + mapping.typeColumn().get(), e.getMessage()
                        + "; row skipped");
                return Optional.empty();
            }
        }
        return normalized(type, raw, at, log);
    }

    private static Optional<Indicator> normalized(IndicatorType type, String raw, String at,
            WarningLog log) {
        try {
            return Optional.of(IndicatorNormalizer.normalize(type, raw));
        } catch (IllegalArgumentException e) {
            log.add(at, e.getMessage() + "; row skipped");
            return Optional.empty();
        }
    }

    private Columns columns(CsvTable table) throws ImportException {
        return new Columns(table.column(mapping.valueColumn()),
                column(table, mapping.typeColumn()), column(table, mapping.dateColumn()),
                column(table, mapping.attackerColumn()), column(table, mapping.categoryColumn()),
                column(table, mapping.headlineColumn()), column(table, mapping.tagsColumn()),
                column(table, mapping.idColumn()), column(table, mapping.lastSeenColumn()));
    }

    /** The index of a mapped column, -1 when unmapped; a mapped column must exist. */
    private static int column(CsvTable table, Optional<String> name) throws ImportException {
        return name.isEmpty() ? -1 : table.column(name.get());
    }

    private record Columns(int value, int type, int date, int attacker, int category,
            int headline, int tags, int id, int lastSeen) {
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.CSV;
    }
}
