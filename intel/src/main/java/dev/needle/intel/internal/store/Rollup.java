package dev.needle.intel.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The per-day count tables of a dataset store, kept by {@link RollupWriter} in the transaction
 * that writes the events. Each counts events by UTC day and some event columns, under the
 * events table's own column names, so that search conditions compile against it unchanged.
 *
 * <p>The narrow tables exist because the widest one holds close to a row per event when
 * attackers, targets and days vary freely: the attacker timelapse reads a table with a row per
 * attacker and day instead. Listed narrowest first; a query uses the first that has every
 * column it needs.
 *
 * <p>The technique table counts an event once per technique, as the events' aggregate on
 * technique does, and once under the empty technique when it has none. Its counts add up to
 * more than the events, so it answers only queries that group by technique, and only it
 * does.
 */
public enum Rollup {
    /** Events per attacker and day: the attacker timelapse. */
    ATTACKER("rollup_attacker", List.of("attacker")),
    /** Events per target industry, attacker and day: the timelapse of one industry. */
    INDUSTRY("rollup_industry", List.of("target_industry", "attacker")),
    /** Events per day and every column a rollup keeps. */
    ALL("rollup_all", List.of("attacker", "target_industry", "category", "target_country",
            "kill_chain")),
    /** Events per technique, attacker, kill-chain stage and day, once per technique. */
    TECHNIQUE("rollup_technique", List.of("technique", "attacker", "kill_chain"));

    private final String table;
    private final List<String> columns;

    Rollup(String table, List<String> columns) {
        this.table = table;
        this.columns = columns;
    }

    /** The table's name in a dataset store. */
    public String table() {
        return table;
    }

    /** The counted columns besides {@code day}, in the order of the table's primary key. */
    public List<String> columns() {
        return columns;
    }

    /** The columns of the primary key: the counted columns, then {@code day}. */
    List<String> keyColumns() {
        List<String> key = new ArrayList<>(columns);
        key.add("day");
        return key;
    }

    /** Whether this table counts an event once per technique rather than once. */
    boolean perTechnique() {
        return columns.contains("technique");
    }

    /**
     * Whether this table has every one of {@code needed}, and counts per technique exactly
     * when {@code needed} has the technique.
     */
    boolean covers(Set<String> needed) {
        return columns.containsAll(needed) && perTechnique() == needed.contains("technique");
    }
}
