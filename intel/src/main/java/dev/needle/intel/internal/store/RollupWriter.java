package dev.needle.intel.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps the {@link Rollup} tables in step with a write, inside its transaction: each event
 * written adds one to its rows, each event it replaces takes one away, and a row whose count
 * falls to zero is deleted, so that the rollups hold exactly the groups the events give.
 *
 * <p>Changes are summed in memory over the whole write and applied once per row, in key order,
 * so that two writers to one PostgreSQL schema take their row locks in the same order.
 */
final class RollupWriter {

    private static final Comparator<List<Object>> KEY_ORDER = RollupWriter::compareKeys;

    private final Map<Counted, Long> changes = new HashMap<>();

    /** Counts an event in ({@code +1}) or out ({@code -1}). */
    void count(Counted event, int change) {
        changes.merge(event, (long) change, Long::sum);
    }

    /** Applies the summed changes to every rollup table. */
    void apply(Connection connection, Tables tables) throws SQLException {
        for (Rollup rollup : Rollup.values()) {
            Map<List<Object>, Long> rows = new HashMap<>();
            changes.forEach((event, change) -> event.keys(rollup)
                    .forEach(key -> rows.merge(key, change, Long::sum)));
            List<Map.Entry<List<Object>, Long>> ordered = new ArrayList<>(rows.entrySet());
            ordered.removeIf(entry -> entry.getValue() == 0);
            ordered.sort(Map.Entry.comparingByKey(KEY_ORDER));
            upsert(connection, tables, rollup, ordered);
            deleteEmpty(connection, tables, rollup, ordered);
        }
    }

    private static void upsert(Connection connection, Tables tables, Rollup rollup,
            List<Map.Entry<List<Object>, Long>> rows) throws SQLException {
        String key = String.join(", ", rollup.keyColumns());
        String sql = "INSERT INTO " + tables.of(rollup.table()) + " AS r (" + key + ", n)"
                + " VALUES (" + "?, ".repeat(rollup.columns().size() + 1) + "?)"
                + " ON CONFLICT (" + key + ") DO UPDATE SET n = r.n + excluded.n";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Map.Entry<List<Object>, Long> row : rows) {
                int position = bindKey(statement, row.getKey());
                statement.setLong(position, row.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Deletes the rows of keys that lost events and may have reached zero. */
    private static void deleteEmpty(Connection connection, Tables tables, Rollup rollup,
            List<Map.Entry<List<Object>, Long>> rows) throws SQLException {
        List<List<Object>> shrunk = rows.stream().filter(row -> row.getValue() < 0)
                .map(Map.Entry::getKey).toList();
        if (shrunk.isEmpty()) {
            return;
        }
        String match = rollup.keyColumns().stream().map(column -> column + " = ?")
                .collect(Collectors.joining(" AND "));
        String sql = "DELETE FROM " + tables.of(rollup.table()) + " WHERE " + match
                + " AND n = 0";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<Object> key : shrunk) {
                bindKey(statement, key);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Binds a key's values from position 1; returns the next position. */
    private static int bindKey(PreparedStatement statement, List<Object> key)
            throws SQLException {
        int position = 1;
        for (Object value : key) {
            if (value instanceof String text) {
                statement.setString(position++, text);
            } else {
                statement.setLong(position++, (Long) value);
            }
        }
        return position;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            int order = x instanceof String text ? SortType.compareCodePoints(text,
                    (String) b.get(i)) : ((Comparable) x).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /**
     * What the rollups count of one event.
     *
     * @param day the UTC day of its date, in days since 1970-01-01
     * @param attacker its attacker
     * @param category its category
     * @param targetCountry its target country
     * @param targetIndustry its target industry
     * @param killChain its kill-chain stage number, 0 when unknown
     * @param techniques its distinct techniques in code point order, or the empty technique
     *     alone when it has none, as the events' aggregate groups it
     */
    record Counted(long day, String attacker, String category, String targetCountry,
            String targetIndustry, long killChain, List<String> techniques) {

        Counted {
            techniques = techniques.isEmpty() ? List.of("")
                    : techniques.stream().distinct().sorted(SortType::compareCodePoints).toList();
        }

        /** The event's day from its date in epoch milliseconds. */
        static long day(long dateMillis) {
            return Math.floorDiv(dateMillis, RollupQuery.DAY_MILLIS);
        }

        /**
         * The values of a rollup's key columns, in order: one key, or one per technique for
         * the table that counts per technique.
         */
        List<List<Object>> keys(Rollup rollup) {
            if (!rollup.perTechnique()) {
                return List.of(key(rollup, ""));
            }
            return techniques.stream().map(technique -> key(rollup, technique)).toList();
        }

        private List<Object> key(Rollup rollup, String technique) {
            List<Object> key = new ArrayList<>(rollup.columns().size() + 1);
            for (String column : rollup.columns()) {
                key.add(switch (column) {
                    case "technique" -> technique;
                    case "attacker" -> attacker;
                    case "category" -> category;
                    case "target_country" -> targetCountry;
                    case "target_industry" -> targetIndustry;
                    case "kill_chain" -> killChain;
                    default -> throw new IllegalStateException("rollup column '" + column
                            + "' is not counted");
                });
            }
            key.add(day);
            return key;
        }
    }
}
