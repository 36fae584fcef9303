package dev.needle.intel.internal.store;

import dev.needle.core.indicator.Indicator;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.FieldType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Writes events into one dataset store inside the caller's transaction, in chunks: each chunk
 * deletes the stored events that share its ids, then inserts its events and their indicator,
 * technique and tag rows in JDBC batches. The rollup counts follow once all chunks are in. A
 * value that cannot be stored fails the whole write.
 *
 * <p>Each event gets its date added: the import's time in microseconds for the first, one
 * microsecond more for each next one, so that no two events of the dataset share one. Two
 * nodes importing into one PostgreSQL schema at the same moment may still hand out the same
 * date added; the event id breaks such ties.
 *
 * <p>The inserts use plain prepared statements with positional parameters: binding by name
 * through Jdbi costs more than SQLite's own work for rows this wide.
 */
final class EventWriter {

    private static final int CHUNK = 500;
    private static final List<String> CHILD_TABLES = List.of("event_indicators",
            "event_techniques", "event_tags");

    private final Handle handle;
    private final Dialect dialect;
    private final Tables tables;
    private final Map<String, FieldType> extraFields;
    private final Instant imported;
    private long nextAdded;

    EventWriter(Handle handle, Dialect dialect, Tables tables, Map<String, FieldType> extraFields,
            Instant imported) {
        this.handle = handle;
        this.dialect = dialect;
        this.tables = tables;
        this.extraFields = extraFields;
        this.imported = imported;
    }

    /** Writes the events, whose ids are distinct, and counts them in the rollups. */
    WriteCounts write(List<ThreatEvent> events) throws SQLException {
        Connection connection = handle.getConnection();
        RollupWriter rollups = new RollupWriter();
        nextAdded = firstAdded();
        int replaced = 0;
        try (PreparedStatement insertEvent = connection.prepareStatement(insertEventSql());
                PreparedStatement insertIndicator = connection.prepareStatement("INSERT INTO "
                        + tables.of("event_indicators") + " (event_id, type, value)"
                        + " VALUES (?, ?, ?)");
                PreparedStatement insertTechnique = connection.prepareStatement("INSERT INTO "
                        + tables.of("event_techniques") + " (event_id, technique) VALUES (?, ?)");
                PreparedStatement insertTag = connection.prepareStatement("INSERT INTO "
                        + tables.of("event_tags") + " (event_id, tag) VALUES (?, ?)")) {
            for (int from = 0; from < events.size(); from += CHUNK) {
                List<ThreatEvent> chunk = events.subList(from, Math.min(events.size(),
                        from + CHUNK));
                replaced += deleteStored(chunk, rollups);
                for (ThreatEvent event : chunk) {
                    rollups.count(counted(event), 1);
                    bindEvent(insertEvent, event);
                    insertEvent.addBatch();
                    addChildren(event, insertIndicator, insertTechnique, insertTag);
                }
                insertEvent.executeBatch();
                insertIndicator.executeBatch();
                insertTechnique.executeBatch();
                insertTag.executeBatch();
            }
        }
        rollups.apply(connection, tables);
        return new WriteCounts(events.size() - replaced, replaced);
    }

    /**
     * Deletes the stored events that share ids with the chunk and counts them out of the
     * rollups; returns how many there were.
     */
    private int deleteStored(List<ThreatEvent> chunk, RollupWriter rollups) {
        SqlParams ids = new SqlParams();
        String in = chunk.stream().map(event -> ids.add(event.id().toString()))
                .collect(Collectors.joining(", "));
        Map<String, List<String>> techniques = storedTechniques(in, ids);
        List<StoredRow> stored = handle.createQuery("SELECT id, date_ms, attacker, category,"
                + " target_country, target_industry, kill_chain FROM " + tables.of("events")
                + " WHERE id IN (" + in + ")").bindMap(ids.values())
                .map((rs, ctx) -> new StoredRow(rs.getString("id"), new RollupWriter.Counted(
                        RollupWriter.Counted.day(rs.getLong("date_ms")), rs.getString("attacker"),
                        rs.getString("category"), rs.getString("target_country"),
                        rs.getString("target_industry"), rs.getLong("kill_chain"),
                        techniques.getOrDefault(rs.getString("id"), List.of()))))
                .list();
        if (stored.isEmpty()) {
            return 0;
        }
        stored.forEach(row -> rollups.count(row.counted(), -1));
        SqlParams storedIds = new SqlParams();
        String storedIn = stored.stream().map(StoredRow::id).sorted().map(storedIds::add)
                .collect(Collectors.joining(", "));
        for (String child : CHILD_TABLES) {
            handle.createUpdate("DELETE FROM " + tables.of(child) + " WHERE event_id IN ("
                    + storedIn + ")").bindMap(storedIds.values()).execute();
        }
        handle.createUpdate("DELETE FROM " + tables.of("events") + " WHERE id IN (" + storedIn
                + ")").bindMap(storedIds.values()).execute();
        return stored.size();
    }

    /**
     * The technique rows of the stored events among {@code in}, by event id: what the rollups
     * counted of them, whatever their JSON copy says.
     */
    private Map<String, List<String>> storedTechniques(String in, SqlParams ids) {
        Map<String, List<String>> techniques = new HashMap<>();
        handle.createQuery("SELECT event_id, technique FROM " + tables.of("event_techniques")
                + " WHERE event_id IN (" + in + ")").bindMap(ids.values())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(row -> techniques.computeIfAbsent(row.getKey(), id -> new ArrayList<>())
                        .add(row.getValue()));
        return techniques;
    }

    private static RollupWriter.Counted counted(ThreatEvent event) {
        return new RollupWriter.Counted(RollupWriter.Counted.day(event.date().toEpochMilli()),
                event.attacker(), event.category(), event.targetCountry(),
                event.targetIndustry(), event.killChainStage().map(stage -> stage.number())
                        .orElse(0), event.techniques());
    }

    /**
     * The date added of the first event, in microseconds: the import's time, or just after the
     * latest date added in the store if the clock is not past it, so that dates added increase.
     */
    private long firstAdded() {
        long importedMicros = DateAdded.micros(imported);
        Optional<Long> latest = handle.createQuery("SELECT added_us FROM " + tables.of("events")
                + " ORDER BY added_us DESC LIMIT 1").mapTo(Long.class).findOne();
        return latest.map(us -> Math.max(importedMicros, us + 1)).orElse(importedMicros);
    }

    private String insertEventSql() {
        StringBuilder columns = new StringBuilder("id, date_ms, headline, category, attacker,"
                + " attacker_country, target_country, target_industry, kill_chain, tlp,"
                + " confidence, first_seen_ms, last_seen_ms, insight, indicators, techniques,"
                + " tags, related, metadata, imported_ms, added_us");
        StringBuilder values = new StringBuilder("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + dialect.json("?") + ", " + dialect.json("?") + ", " + dialect.json("?") + ", "
                + dialect.json("?") + ", " + dialect.json("?") + ", ?, ?");
        for (String field : extraFields.keySet()) {
            columns.append(", ").append(EventColumns.extra(field));
            values.append(", ?");
        }
        return "INSERT INTO " + tables.of("events") + " (" + columns + ") VALUES (" + values
                + ")";
    }

    private void bindEvent(PreparedStatement insert, ThreatEvent event) throws SQLException {
        insert.setString(1, event.id().toString());
        insert.setLong(2, event.date().toEpochMilli());
        insert.setString(3, event.headline());
        insert.setString(4, event.category());
        insert.setString(5, event.attacker());
        insert.setString(6, event.attackerCountry());
        insert.setString(7, event.targetCountry());
        insert.setString(8, event.targetIndustry());
        insert.setInt(9, event.killChainStage().map(stage -> stage.number()).orElse(0));
        insert.setInt(10, event.tlp().ordinal());
        insert.setInt(11, event.confidence());
        setMillis(insert, 12, event.firstSeen());
        setMillis(insert, 13, event.lastSeen());
        insert.setString(14, event.insight());
        insert.setString(15, EventJson.indicators(event.indicators()));
        insert.setString(16, EventJson.strings(event.techniques()));
        insert.setString(17, EventJson.strings(event.tags()));
        insert.setString(18, EventJson.strings(event.relatedEvents()));
        insert.setString(19, EventJson.metadata(event.metadata()));
        insert.setLong(20, imported.toEpochMilli());
        insert.setLong(21, nextAdded++);
        int position = 22;
        for (Map.Entry<String, FieldType> field : extraFields.entrySet()) {
            bindExtra(insert, position++, event, field.getKey(), field.getValue());
        }
    }

    private static void setMillis(PreparedStatement insert, int position,
            Optional<Instant> instant) throws SQLException {
        if (instant.isPresent()) {
            insert.setLong(position, instant.get().toEpochMilli());
        } else {
            insert.setNull(position, Types.BIGINT);
        }
    }

    private static void bindExtra(PreparedStatement insert, int position, ThreatEvent event,
            String field, FieldType type) throws SQLException {
        String text = event.metadata().get(field);
        if (text == null) {
            insert.setNull(position, switch (type) {
                case TEXT -> Types.VARCHAR;
                case INTEGER, TIMESTAMP -> Types.BIGINT;
                case NUMBER -> Types.DOUBLE;
            });
            return;
        }
        try {
            switch (type) {
                case TEXT -> insert.setString(position, text);
                case INTEGER -> insert.setLong(position, FieldValues.integer(text));
                case NUMBER -> insert.setDouble(position, FieldValues.number(text));
                case TIMESTAMP -> insert.setLong(position, FieldValues.epochMillis(text));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("event " + event.id() + ", field '" + field
                    + "' (" + type.label() + "): " + e.getMessage(), e);
        }
    }

    private static void addChildren(ThreatEvent event, PreparedStatement indicators,
            PreparedStatement techniques, PreparedStatement tags) throws SQLException {
        String id = event.id().toString();
        for (Indicator indicator : new LinkedHashSet<>(event.indicators())) {
            indicators.setString(1, id);
            indicators.setString(2, indicator.type().label());
            indicators.setString(3, indicator.value());
            indicators.addBatch();
        }
        addDistinct(techniques, id, event.techniques());
        addDistinct(tags, id, event.tags());
    }

    private static void addDistinct(PreparedStatement insert, String eventId,
            List<String> values) throws SQLException {
        for (String value : new LinkedHashSet<>(values)) {
            insert.setString(1, eventId);
            insert.setString(2, value);
            insert.addBatch();
        }
    }

    /** A stored event about to be replaced: its id and what the rollups counted of it. */
    private record StoredRow(String id, RollupWriter.Counted counted) {
    }
}
