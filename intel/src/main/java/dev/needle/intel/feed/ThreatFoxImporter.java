package dev.needle.intel.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportException;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import dev.needle.intel.attack.AttackCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports abuse.ch ThreatFox IOCs in JSON: the API form {@code {"query_status": "ok", "data":
 * [...]}}, the same without the status, and the export form {@code {"<id>": [{...}], ...}}. The
 * file is streamed one IOC at a time.
 *
 * <p>One event per IOC, its id derived from the ThreatFox id (or, without one, from the IOC), at
 * the stage its threat type implies ({@code botnet_cc}: command and control,
 * {@code payload_delivery}: delivery). An {@code ip:port} IOC becomes an IP indicator with the
 * port in the metadata. The confidence is ThreatFox's {@code confidence_level}; the malware
 * family and the tags become tags. TLP clear. IOC types other than {@code ip:port},
 * {@code domain}, {@code url} and MD5, SHA-1 and SHA-256 hashes are skipped with a warning.
 */
final class ThreatFoxImporter implements FeedImporter {

    private final AttackCatalog catalog;

    ThreatFoxImporter(AttackCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ParsedFeed parse(Path file, String dataset) throws ImportException {
        WarningLog log = new WarningLog(file.toString());
        List<ThreatEvent> events = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        try (JsonParser parser = JsonInput.open(file)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ImportException(file.toString(), "expected a JSON object with ThreatFox"
                        + " IOCs under \"data\"");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("query_status")) {
                    checkStatus(parser.getText(), file);
                } else if (value == JsonToken.START_ARRAY) {
                    int i = 0;
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY;
                            t = parser.nextToken()) {
                        String pointer = file + " /" + field + "/" + i++;
                        if (t != JsonToken.START_OBJECT) {
                            throw new ImportException(pointer, "expected an IOC object");
                        }
                        JsonNode ioc = JsonInput.MAPPER.readTree(parser);
                        String exportId = field.equals("data") ? "" : field;
                        read(ioc, pointer, exportId, dataset, log, ids).ifPresent(events::add);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw JsonInput.malformed(file, e);
        } catch (IOException e) {
            throw SourceFiles.unreadable(file, e);
        }
        return new ParsedFeed(events, log.warnings());
    }

    private static void checkStatus(String status, Path file) throws ImportException {
        if (!status.equals("ok") && !status.equals("no_result")) {
            throw new ImportException(file + " /query_status", "ThreatFox answered '" + status
                    + "' instead of IOCs");
        }
    }

    private Optional<ThreatEvent> read(JsonNode ioc, String place, String exportId,
            String dataset, WarningLog log, Set<UUID> ids) throws ImportException {
        String value = first(ioc, "ioc_value", "ioc");
        String type = JsonInput.text(ioc, "ioc_type");
        if (value.isEmpty() || type.isEmpty()) {
            throw new ImportException(place, "the IOC has no " + (value.isEmpty() ? "ioc_value"
                    : "ioc_type"));
        }
        String sourceId = first(ioc, "id").isEmpty() ? exportId : first(ioc, "id");
        UUID id = EventIds.of(dataset, "threatfox",
                sourceId.isEmpty() ? type + ":" + value : sourceId);
        if (!ids.add(id)) {
            log.add(place, "IOC " + value + " appears twice; the later one is skipped");
            return Optional.empty();
        }
        EventDraft d = new EventDraft(dataset, id, place, catalog, log);
        if (!indicator(d, type, value, place, log)) {
            return Optional.empty();
        }
        describe(d, ioc, place);
        d.metadata("threatfox.id", sourceId);
        return d.build(Tlp.CLEAR);
    }

    private static boolean indicator(EventDraft d, String type, String value, String place,
            WarningLog log) {
        switch (type) {
            case "ip:port" -> {
                int colon = value.lastIndexOf(':');
                String ip = colon < 0 ? value : value.substring(0, colon);
                String address = ip.startsWith("[") && ip.endsWith("]")
                        ? ip.substring(1, ip.length() - 1) : ip;
                d.indicator(address.indexOf(':') >= 0 ? IndicatorType.IPV6 : IndicatorType.IPV4,
                        address, place + " ioc_value");
                d.metadata("port", colon < 0 ? "" : value.substring(colon + 1));
            }
            case "domain" -> d.indicator(IndicatorType.DOMAIN, value, place + " ioc_value");
            case "url" -> d.indicator(IndicatorType.URL, value, place + " ioc_value");
            case "md5_hash" -> d.indicator(IndicatorType.MD5, value, place + " ioc_value");
            case "sha1_hash" -> d.indicator(IndicatorType.SHA1, value, place + " ioc_value");
            case "sha256_hash" -> d.indicator(IndicatorType.SHA256, value, place + " ioc_value");
            default -> {
                log.add(place, "IOC type '" + type + "' is not one Needle keeps; skipped");
                return false;
            }
        }
        return true;
    }

    private static void describe(EventDraft d, JsonNode ioc, String place)
            throws ImportException {
        String threat = JsonInput.text(ioc, "threat_type");
        String malware = first(ioc, "malware_printable", "malware");
        String firstSeen = first(ioc, "first_seen_utc", "first_seen");
        d.date(Timestamps.parse(firstSeen, place, "first_seen_utc"));
        d.seen(Timestamps.tryParse(firstSeen), Timestamps.parseOptional(
                first(ioc, "last_seen_utc", "last_seen"), place, "last_seen_utc"));
        d.headline(malware + " " + threat.replace('_', ' ') + " " + first(ioc, "ioc_value",
                "ioc"));
        switch (threat) {
            case "botnet_cc" -> {
                d.category("Botnet C2");
                d.stage(KillChainStage.COMMAND_AND_CONTROL);
            }
            case "payload_delivery" -> {
                d.category("Payload delivery");
                d.stage(KillChainStage.DELIVERY);
            }
            default -> d.category(threat);
        }
        JsonNode confidence = ioc.get("confidence_level");
        if (confidence != null && confidence.canConvertToInt()) {
            d.confidence(confidence.asInt());
        }
        if (!JsonInput.text(ioc, "malware").equals("unknown")) {
            d.tag(malware);
        }
        JsonNode tags = ioc.path("tags");
        if (tags.isArray()) {
            tags.forEach(t -> d.tag(t.asText()));
        } else {
            for (String tag : tags.asText("").split(",")) {
                d.tag(tag);
            }
        }
        d.metadata("source", "abuse.ch ThreatFox");
        d.metadata("malware", JsonInput.text(ioc, "malware"));
        d.metadata("malware_alias", JsonInput.text(ioc, "malware_alias"));
        d.metadata("threat_type", threat);
        d.metadata("reference", JsonInput.text(ioc, "reference"));
        d.metadata("reporter", JsonInput.text(ioc, "reporter"));
    }

    private static String first(JsonNode node, String... fields) {
        for (String field : fields) {
            String text = JsonInput.text(node, field);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.THREATFOX;
    }
}
