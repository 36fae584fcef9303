package dev.needle.intel.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needle.intel.ThreatEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Writes events as one STIX 2.1 bundle, object by object, as {@link StixEventObjects} describes
 * them.
 *
 * <p>Only one event's objects are in memory at a time, plus the ids of shared objects already
 * written, so that the producer, markings, attackers and techniques appear once. The bundle id
 * is derived from the producer and the event ids, so the same events give the same bundle. A
 * bundle of no events has no {@code objects} property, since STIX forbids an empty list.
 */
public final class StixBundleExporter implements EventExporter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final String producerName;
    private final StixEventObjects objects;

    /** A bundle whose objects are created by {@code producerName}. */
    public StixBundleExporter(String producerName) {
        this.producerName = producerName;
        this.objects = new StixEventObjects(producerName);
    }

    @Override
    public ExportFormat format() {
        return ExportFormat.STIX;
    }

    @Override
    public ExportSummary export(List<ThreatEvent> events, OutputStream out) throws IOException {
        ExportTally tally = new ExportTally(format());
        Set<String> written = new HashSet<>();
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "bundle");
            json.writeStringField("id", bundleId(events));
            boolean open = false;
            for (ThreatEvent event : events) {
                tally.event();
                StixObjectSet set = objects.of(event,
                        (indicator, reason) -> tally.invalid(event, indicator, reason));
                List<ObjectNode> fresh = new ArrayList<>(set.owned().size() + 4);
                set.shared().stream().filter(o -> written.add(o.get("id").asText()))
                        .forEach(fresh::add);
                fresh.addAll(set.owned());
                for (ObjectNode object : fresh) {
                    if (!open) {
                        json.writeArrayFieldStart("objects");
                        open = true;
                    }
                    MAPPER.writeTree(json, object);
                    tally.entry();
                }
            }
            if (open) {
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        out.flush();
        return tally.summary();
    }

    private String bundleId(List<ThreatEvent> events) {
        MessageDigest digest = NameBasedUuid.sha1();
        digest.update(producerName.getBytes(StandardCharsets.UTF_8));
        for (ThreatEvent event : events) {
            digest.update(event.id().toString().getBytes(StandardCharsets.US_ASCII));
        }
        String digestHex = HexFormat.of().formatHex(digest.digest());
        return "bundle--" + NameBasedUuid.of("bundle\n" + digestHex);
    }
}
