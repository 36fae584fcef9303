package dev.needle.intel.internal.store;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.FieldType;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes events into one dataset store inside the caller's transaction, in chunks: each chunk
 * deletes the stored events that share its ids, then inserts its events and their indicator,
 * technique and tag rows in batches. A value that cannot be stored fails the whole write.
 */
final class EventWriter {

    private static final int CHUNK = 500;

    private final Handle handle;
    private final Dialect dialect;
    private final Tables tables;
    private final Map<String, FieldType> extraFields;
    private final long importedMillis;

    EventWriter(Handle handle, Dialect dialect, Tables tables, Map<String, FieldType> extraFields,
            long importedMillis) {
        this.handle = handle;
        this.dialect = dialect;
        this.tables = tables;
        this.extraFields = extraFields;
        this.importedMillis = importedMillis;
    }

    /** Writes the events, whose ids are distinct. */
    WriteCounts write(List<ThreatEvent> events) {
        int replaced = 0;
        for (int from = 0; from < events.size(); from += CHUNK) {
            replaced += writeChunk(events.subList(from, Math.min(events.size(), from + CHUNK)));
        }
        return new WriteCounts(events.size() - replaced, replaced);
    }

    private int writeChunk(List<ThreatEvent> chunk) {
        SqlParams ids = new SqlParams();
        String in = chunk.stream().map(event -> ids.add(event.id().toString()))
                .collect(Collectors.joining(", "));
        int stored = handle.createQuery("SELECT COUNT(*) FROM " + tables.of("events")
                + " WHERE id IN (" + in + ")").bindMap(ids.values()).mapTo(Integer.class).one();
        for (String child : List.of("event_indicators", "event_techniques", "event_tags")) {
            handle.createUpdate("DELETE FROM " + tables.of(child) + " WHERE event_id IN (" + in
                    + ")").bindMap(ids.values()).execute();
        }
        handle.createUpdate("DELETE FROM " + tables.of("events") + " WHERE id IN (" + in + ")")
                .bindMap(ids.values()).execute();

        insertEvents(chunk);
        insertChildren(chunk);
        return stored;
    }

    private void insertEvents(List<ThreatEvent> chunk) {
        PreparedBatch batch = handle.prepareBatch(insertEventSql());
        for (ThreatEvent event : chunk) {
            bindEvent(batch, event);
            batch.add();
        }
        batch.execute();
    }

    private String insertEventSql() {
        StringBuilder columns = new StringBuilder("id, date_ms, headline, category, attacker,"
                + " attacker_country, target_country, target_industry, kill_chain, tlp,"
                + " confidence, first_seen_ms, last_seen_ms, insight, indicators, techniques,"
                + " tags, related, metadata, imported_ms");
        StringBuilder values = new StringBuilder(":id, :date_ms, :headline, :category, :attacker,"
                + " :attacker_country, :target_country, :target_industry, :kill_chain, :tlp,"
                + " :confidence, :first_seen_ms, :last_seen_ms, :insight, "
                + dialect.json(":indicators") + ", " + dialect.json(":techniques") + ", "
                + dialect.json(":tags") + ", " + dialect.json(":related") + ", "
                + dialect.json(":metadata") + ", :imported_ms");
        for (String field : extraFields.keySet()) {
            columns.append(", ").append(EventColumns.extra(field));
            values.append(", :x_").append(field);
        }
        return "INSERT INTO " + tables.of("events") + " (" + columns + ") VALUES (" + values
                + ")";
    }

    private void bindEvent(PreparedBatch batch, ThreatEvent event) {
        batch.bind("id", event.id().toString())
                .bind("date_ms", event.date().toEpochMilli())
                .bind("headline", event.headline())
                .bind("category", event.category())
                .bind("attacker", event.attacker())
                .bind("attacker_country", event.attackerCountry())
                .bind("target_country", event.targetCountry())
                .bind("target_industry", event.targetIndustry())
                .bind("kill_chain", event.killChainStage().map(s -> s.number()).orElse(0))
                .bind("tlp", event.tlp().ordinal())
                .bind("confidence", event.confidence())
                .bind("first_seen_ms", event.firstSeen().map(Instant::toEpochMilli).orElse(null))
                .bind("last_seen_ms", event.lastSeen().map(Instant::toEpochMilli).orElse(null))
                .bind("insight", event.insight())
                .bind("indicators", EventJson.indicators(event.indicators()))
                .bind("techniques", EventJson.strings(event.techniques()))
                .bind("tags", EventJson.strings(event.tags()))
                .bind("related", EventJson.strings(event.relatedEvents()))
                .bind("metadata", EventJson.metadata(event.metadata()))
                .bind("imported_ms", importedMillis);
        extraFields.forEach((field, type) -> bindExtra(batch, event, field, type));
    }

    private static void bindExtra(PreparedBatch batch, ThreatEvent event, String field,
            FieldType type) {
        String text = event.metadata().get(field);
        String name = "x_" + field;
        try {
            switch (type) {
                case TEXT -> batch.bindByType(name, text, String.class);
                case INTEGER -> batch.bindByType(name,
                        text == null ? null : FieldValues.integer(text), Long.class);
                case NUMBER -> batch.bindByType(name,
                        text == null ? null : FieldValues.number(text), Double.class);
                case TIMESTAMP -> batch.bindByType(name,
                        text == null ? null : FieldValues.epochMillis(text), Long.class);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("event " + event.id() + ", field '" + field
                    + "' (" + type.label() + "): " + e.getMessage(), e);
        }
    }

    private void insertChildren(List<ThreatEvent> chunk) {
        PreparedBatch indicators = handle.prepareBatch("INSERT INTO "
                + tables.of("event_indicators") + " (event_id, type, value)"
                + " VALUES (:event_id, :type, :value)");
        PreparedBatch techniques = handle.prepareBatch("INSERT INTO "
                + tables.of("event_techniques") + " (event_id, technique)"
                + " VALUES (:event_id, :value)");
        PreparedBatch tags = handle.prepareBatch("INSERT INTO " + tables.of("event_tags")
                + " (event_id, tag) VALUES (:event_id, :value)");
        for (ThreatEvent event : chunk) {
            String id = event.id().toString();
            for (Indicator indicator : new LinkedHashSet<>(event.indicators())) {
                indicators.bind("event_id", id).bind("type", indicator.type().label())
                        .bind("value", indicator.value()).add();
            }
            addDistinct(techniques, id, event.techniques());
            addDistinct(tags, id, event.tags());
        }
        for (PreparedBatch batch : List.of(indicators, techniques, tags)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }

    private static void addDistinct(PreparedBatch batch, String eventId, List<String> values) {
        Set<String> distinct = new LinkedHashSet<>(values);
        for (String value : distinct) {
            batch.bind("event_id", eventId).bind("value", value).add();
        }
    }
}
