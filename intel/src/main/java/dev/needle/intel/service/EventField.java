package dev.needle.intel.service;

import java.util.List;
import java.util.Optional;

/**
 * The built-in searchable fields of an event, by the names of the reference API. Datasets may
 * add their own fields beside these.
 */
public enum EventField {
    ATTACKER("attacker", Kind.TEXT),
    ATTACKER_COUNTRY("attackerCountry", Kind.TEXT),
    CATEGORY("category", Kind.TEXT),
    DATE("date", Kind.TIME),
    HEADLINE("event", Kind.TEXT, "headline"),
    INDICATOR("indicator", Kind.MULTI_TEXT),
    INDICATOR_TYPE("indicatorType", Kind.MULTI_CODE),
    KILL_CHAIN("killChain", Kind.CODE),
    TECHNIQUE("mitreAttack", Kind.MULTI_TEXT, "technique"),
    TAGS("tags", Kind.MULTI_TEXT, "tag"),
    TARGET_COUNTRY("targetCountry", Kind.TEXT),
    TARGET_INDUSTRY("targetIndustry", Kind.TEXT),
    TLP("tlp", Kind.CODE),
    UUID("uuid", Kind.ID, "id");

    /** How a field is stored, which decides the operators it takes. */
    public enum Kind {
        /** One text value per event: every operator. */
        TEXT,
        /** One instant per event: equality, ordering, in. */
        TIME,
        /** One ordered code per event (kill-chain stage, TLP): equality, ordering, in. */
        CODE,
        /** The event id: equality, ordering, in. */
        ID,
        /** Several text values per event: equality, in and the text operators. */
        MULTI_TEXT,
        /** Several codes per event (indicator types): equality and in. */
        MULTI_CODE
    }

    private final String apiName;
    private final Kind kind;
    private final List<String> aliases;

    EventField(String apiName, Kind kind, String... aliases) {
        this.apiName = apiName;
        this.kind = kind;
        this.aliases = List.of(aliases);
    }

    /** The name searches use. */
    public String apiName() {
        return apiName;
    }

    /** How the field is stored. */
    public Kind kind() {
        return kind;
    }

    /** Whether results can be sorted by this field: single-valued fields only. */
    public boolean sortable() {
        return kind != Kind.MULTI_TEXT && kind != Kind.MULTI_CODE;
    }

    /** The field of this name or alias, case-sensitive as the API spells it. */
    public static Optional<EventField> byName(String name) {
        for (EventField field : values()) {
            if (field.apiName.equals(name) || field.aliases.contains(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} is a built-in name or alias, ignoring case. */
    public static boolean reserves(String name) {
        for (EventField field : values()) {
            if (field.apiName.equalsIgnoreCase(name)
                    || field.aliases.stream().anyMatch(name::equalsIgnoreCase)) {
                return true;
            }
        }
        return false;
    }
}
