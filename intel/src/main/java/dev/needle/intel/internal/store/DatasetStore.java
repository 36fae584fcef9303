package dev.needle.intel.internal.store;

import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.service.AddedEvent;
import dev.needle.intel.service.AggregateDimension;
import dev.needle.intel.service.EventPosition;
import dev.needle.intel.service.FieldType;
import dev.needle.intel.service.IntelStoreException;
import dev.needle.intel.service.SortOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The events of one dataset: an SQLite file or a PostgreSQL schema. Reads are prepared on the
 * caller's thread, so that a bad search fails there, and run where the caller likes.
 */
public final class DatasetStore {

    private static final String DAY = "(e.date_ms - (((e.date_ms % 86400000) + 86400000)"
            + " % 86400000)) / 86400000";
    /** An event's technique in the events' aggregate, which joins the techniques as {@code t}. */
    private static final String EVENT_TECHNIQUE = "COALESCE(t.technique, '')";

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final Tables tables;
    private final Map<String, FieldType> extraFields;

    DatasetStore(Jdbi jdbi, Dialect dialect, Tables tables, Map<String, FieldType> extraFields) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.tables = tables;
        this.extraFields = new TreeMap<>(extraFields);
    }

    /** Adds the columns and indexes of the dataset's extra fields; once, at creation. */
    void addExtraColumns() {
        try {
            jdbi.useTransaction(handle -> extraFields.forEach((field, type) -> {
                String column = EventColumns.extra(field);
                handle.execute("ALTER TABLE " + tables.of("events") + " ADD COLUMN " + column
                        + " " + dialect.columnType(type));
                handle.execute("CREATE INDEX \"events_x_" + field + "\" ON "
                        + tables.of("events") + " (" + column + ", id)");
            }));
        } catch (JdbiException e) {
            throw new IntelStoreException("cannot add extra-field columns: " + e.getMessage(), e);
        }
    }

    /**
     * Writes events with distinct ids in one transaction: all of them or none.
     *
     * @throws IllegalArgumentException if an extra-field value does not fit its type
     * @throws IntelStoreException if the database fails
     */
    public WriteCounts write(List<ThreatEvent> events, Instant imported) {
        try {
            return jdbi.inTransaction(handle -> new EventWriter(handle, dialect, tables,
                    extraFields, imported).write(events));
        } catch (SQLException | JdbiException e) {
            throw new IntelStoreException("writing " + events.size() + " events failed and"
                    + " stored nothing: " + e.getMessage(), e);
        }
    }

    /** Prepares a sorted, limited read of the events matching {@code query}. */
    public Supplier<List<StoredEvent>> prepareSelect(EventQuery query, String dataset) {
        SqlParams params = new SqlParams();
        String where = conditions(params).where(query);
        SortColumn sort = SortColumn.resolve(query.sortField(), query.sortType(), extraFields);
        if (sort.usesMissing()) {
            params.put("sort_missing", query.sortType().missing());
        }
        String keyset = query.after().map(key -> keyset(sort, query.order(), key, dataset,
                params)).orElse("");
        String direction = query.order() == SortOrder.ASC ? "ASC" : "DESC";
        String sql = "SELECT " + EventRows.COLUMNS + ", " + sort.expression() + " AS sort_key"
                + " FROM " + tables.of("events") + " e WHERE " + where + keyset
                + " ORDER BY sort_key " + direction + ", e.id " + direction
                + " LIMIT " + query.limit();
        SortType type = query.sortType();
        return () -> jdbi.withHandle(handle -> handle.createQuery(sql)
                .bindMap(params.values())
                .map((rs, ctx) -> new StoredEvent(EventRows.read(rs, dataset),
                        new SortKey(type, type.read(rs, "sort_key"), rs.getString("id"),
                                dataset)))
                .list());
    }

    /**
     * Events in the order they were added, by date added then id, strictly after
     * {@code after} when given, at most {@code limit}.
     *
     * @throws IntelStoreException if the database fails
     */
    public List<AddedEvent> readAdded(Optional<EventPosition> after, int limit, String dataset) {
        SqlParams params = new SqlParams();
        String where = after.map(position -> afterPosition(position, params)).orElse("1 = 1");
        String sql = "SELECT " + EventRows.COLUMNS + ", e.added_us FROM " + tables.of("events")
                + " e WHERE " + where + " ORDER BY e.added_us, e.id LIMIT " + limit;
        try {
            return jdbi.withHandle(handle -> handle.createQuery(sql).bindMap(params.values())
                    .map((rs, ctx) -> new AddedEvent(EventRows.read(rs, dataset),
                            DateAdded.instant(rs.getLong("added_us"))))
                    .list());
        } catch (JdbiException e) {
            throw new IntelStoreException("reading dataset '" + dataset + "' in added order"
                    + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Events after a position in added order. A position between two microseconds, as a
     * client's {@code added_after} may be, comes after every event of the earlier one.
     */
    private static String afterPosition(EventPosition position, SqlParams params) {
        long micros = DateAdded.micros(position.added());
        if (position.added().getNano() % 1_000 != 0) {
            return "e.added_us > " + params.add(micros);
        }
        return "(e.added_us, e.id) > (" + params.add(micros) + ", "
                + params.add(position.eventId().toString()) + ")";
    }

    /** Prepares a count of the events matching {@code query}; its sort and limit are ignored. */
    public Supplier<Long> prepareCount(EventQuery query) {
        SqlParams params = new SqlParams();
        String sql = "SELECT COUNT(*) FROM " + tables.of("events") + " e WHERE "
                + conditions(params).where(query);
        return () -> jdbi.withHandle(handle -> handle.createQuery(sql).bindMap(params.values())
                .mapTo(Long.class).one());
    }

    /** Prepares counts of the events matching {@code query}, grouped. */
    public Supplier<List<AggregateBucket>> prepareAggregate(EventQuery query,
            List<AggregateDimension> by, boolean perDay) {
        SqlParams params = new SqlParams();
        String where = conditions(params).where(query);
        String join = by.contains(AggregateDimension.TECHNIQUE)
                ? " LEFT JOIN " + tables.of("event_techniques") + " t ON t.event_id = e.id" : "";
        String sql = grouped(dimensions(by, EVENT_TECHNIQUE), perDay ? DAY : "", "COUNT(*)",
                tables.of("events") + " e" + join, where);
        return () -> jdbi.withHandle(handle -> handle.createQuery(sql).bindMap(params.values())
                .scanResultSet((results, ctx) -> buckets(results.get(), by, perDay)));
    }

    /**
     * Prepares the counts of a rollup query: the groups the events would give for the same
     * aggregate, read from the rollup table.
     */
    public Supplier<List<AggregateBucket>> prepareRollup(RollupQuery query) {
        SqlParams params = new SqlParams();
        EventConditions conditions = conditions(params);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < query.terms().size(); i++) {
            DayBound bound = query.dayBounds().get(i);
            parts.add(bound != null ? bound.sql("e.day", params)
                    : conditions.term(i, query.terms().get(i)));
        }
        String where = parts.isEmpty() ? "1 = 1" : String.join(" AND ", parts);
        String from = tables.of(query.rollup().table()) + " e";
        List<String> selected = dimensions(query.by(), "e.technique");
        String sql = query.rowPerGroup() ? rows(selected, from, where)
                : grouped(selected, query.perDay() ? "e.day" : "",
                        "CAST(COALESCE(SUM(e.n), 0) AS BIGINT)", from, where);
        return () -> jdbi.withHandle(handle -> handle.createQuery(sql).bindMap(params.values())
                .scanResultSet((results, ctx) -> buckets(results.get(), query.by(),
                        query.perDay())));
    }

    /** The rows of a rollup whose rows are the groups, in the columns of {@link #grouped}. */
    private static String rows(List<String> selected, String from, String where) {
        selected.add("e.day AS day");
        selected.add("e.n AS n");
        return "SELECT " + String.join(", ", selected) + " FROM " + from + " WHERE " + where;
    }

    /**
     * A grouped count: the selected dimensions, the day (when {@code day} is an expression)
     * and the count as {@code n}.
     */
    private static String grouped(List<String> selected, String day, String count,
            String from, String where) {
        if (!day.isEmpty()) {
            selected.add(day + " AS day");
        }
        String groupBy = selected.isEmpty() ? "" : " GROUP BY " + ordinals(selected.size());
        selected.add(count + " AS n");
        return "SELECT " + String.join(", ", selected) + " FROM " + from + " WHERE " + where
                + groupBy;
    }

    /** Streams every (indicator, event) pair with the event's confidence and last sighting. */
    public void scanIndicators(Consumer<IndicatorPosting> sink) {
        String sql = "SELECT i.type, i.value, e.id, e.confidence,"
                + " COALESCE(e.last_seen_ms, e.date_ms) AS seen_ms FROM "
                + tables.of("event_indicators") + " i JOIN " + tables.of("events")
                + " e ON e.id = i.event_id";
        jdbi.useTransaction(handle -> handle.createQuery(sql).setFetchSize(10_000)
                .map((rs, ctx) -> new IndicatorPosting(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getLong(5)))
                .forEach(sink));
    }

    private EventConditions conditions(SqlParams params) {
        return new EventConditions(dialect, tables, extraFields, params);
    }

    /**
     * Rows after {@code key} in the result order. The key's dataset breaks ties between events
     * of equal value and id in different datasets: when this dataset comes after it, an event
     * here with the very same value and id is still to come.
     */
    private static String keyset(SortColumn sort, SortOrder order, SortKey key, String dataset,
            SqlParams params) {
        int datasetOrder = SortType.compareCodePoints(dataset, key.dataset());
        boolean sameKeyToCome = order == SortOrder.ASC ? datasetOrder > 0 : datasetOrder < 0;
        String op = (order == SortOrder.ASC ? ">" : "<") + (sameKeyToCome ? "=" : "");
        return " AND (" + sort.expression() + ", e.id) " + op + " (" + params.add(key.value())
                + ", " + params.add(key.id()) + ")";
    }

    /**
     * The dimensions as selected columns {@code d0, d1, ...}, in a list to add to, with the
     * technique read from {@code technique}.
     */
    private static List<String> dimensions(List<AggregateDimension> by, String technique) {
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < by.size(); i++) {
            AggregateDimension dimension = by.get(i);
            selected.add((dimension == AggregateDimension.TECHNIQUE ? technique
                    : dimension(dimension)) + " AS d" + i);
        }
        return selected;
    }

    private static String dimension(AggregateDimension dimension) {
        return switch (dimension) {
            case ATTACKER -> "e.attacker";
            case CATEGORY -> "e.category";
            case TARGET_COUNTRY -> "e.target_country";
            case TARGET_INDUSTRY -> "e.target_industry";
            case TECHNIQUE -> EVENT_TECHNIQUE;
            case KILL_CHAIN_STAGE -> "e.kill_chain";
        };
    }

    /**
     * The rows of {@link #grouped}, read in a plain loop by column position: a timelapse reads
     * some hundred thousand rows, where a mapper per row and a lookup by name per value show.
     */
    private static List<AggregateBucket> buckets(ResultSet rs, List<AggregateDimension> by,
            boolean perDay) throws SQLException {
        List<AggregateBucket> buckets = new ArrayList<>();
        TextColumns text = new TextColumns(by.size());
        int count = by.size() + (perDay ? 2 : 1);
        while (rs.next()) {
            List<String> key = switch (by.size()) {
                case 0 -> List.of();
                case 1 -> List.of(value(rs, by, 0, text));
                default -> {
                    String[] values = new String[by.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = value(rs, by, i, text);
                    }
                    yield List.of(values);
                }
            };
            long day = perDay ? rs.getLong(by.size() + 1) : 0;
            buckets.add(new AggregateBucket(key, day, rs.getLong(count)));
        }
        return buckets;
    }

    private static String value(ResultSet rs, List<AggregateDimension> by, int i,
            TextColumns text) throws SQLException {
        if (by.get(i) == AggregateDimension.KILL_CHAIN_STAGE) {
            int stage = rs.getInt(i + 1);
            return stage == 0 ? "" : KillChainStage.parse("" + stage).label();
        }
        return text.read(rs, i);
    }

    private static String ordinals(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            out.append(i == 1 ? "" : ", ").append(i);
        }
        return out.toString();
    }
}
