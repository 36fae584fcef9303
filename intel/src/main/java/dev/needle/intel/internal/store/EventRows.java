package dev.needle.intel.internal.store;

import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Reads events back from rows of the events table. */
final class EventRows {

    /** The columns {@link #read} needs, for a table aliased {@code e}. */
    static final String COLUMNS = "e.id, e.date_ms, e.headline, e.category, e.attacker,"
            + " e.attacker_country, e.target_country, e.target_industry, e.kill_chain, e.tlp,"
            + " e.confidence, e.first_seen_ms, e.last_seen_ms, e.insight, e.indicators,"
            + " e.techniques, e.tags, e.related, e.metadata";

    private EventRows() {
    }

    /** The event of the current row, in dataset {@code dataset}. */
    static ThreatEvent read(ResultSet rs, String dataset) throws SQLException {
        int stage = rs.getInt("kill_chain");
        return new ThreatEvent(
                UUID.fromString(rs.getString("id")),
                dataset,
                Instant.ofEpochMilli(rs.getLong("date_ms")),
                rs.getString("headline"),
                rs.getString("category"),
                rs.getString("attacker"),
                rs.getString("attacker_country"),
                rs.getString("target_country"),
                rs.getString("target_industry"),
                EventJson.indicators(rs.getString("indicators")),
                stage == 0 ? Optional.empty() : Optional.of(KillChainStage.parse("" + stage)),
                EventJson.strings(rs.getString("techniques")),
                EventJson.strings(rs.getString("tags")),
                Tlp.values()[rs.getInt("tlp")],
                rs.getInt("confidence"),
                optionalInstant(rs, "first_seen_ms"),
                optionalInstant(rs, "last_seen_ms"),
                rs.getString("insight"),
                EventJson.uuids(rs.getString("related")),
                EventJson.metadata(rs.getString("metadata")));
    }

    private static Optional<Instant> optionalInstant(ResultSet rs, String column)
            throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
}
