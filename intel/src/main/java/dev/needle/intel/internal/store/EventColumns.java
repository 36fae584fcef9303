package dev.needle.intel.internal.store;

import dev.needle.intel.service.EventField;

/** Where each searchable field lives in a dataset store. */
final class EventColumns {

    private EventColumns() {
    }

    /** The column of a single-valued built-in field, on the events table aliased {@code e}. */
    static String scalar(EventField field) {
        return switch (field) {
            case ATTACKER -> "e.attacker";
            case ATTACKER_COUNTRY -> "e.attacker_country";
            case CATEGORY -> "e.category";
            case DATE -> "e.date_ms";
            case HEADLINE -> "e.headline";
            case KILL_CHAIN -> "e.kill_chain";
            case TARGET_COUNTRY -> "e.target_country";
            case TARGET_INDUSTRY -> "e.target_industry";
            case TLP -> "e.tlp";
            case UUID -> "e.id";
            case INDICATOR, INDICATOR_TYPE, TECHNIQUE, TAGS -> throw new IllegalArgumentException(
                    field.apiName() + " has several values per event");
        };
    }

    /** The child table of a several-valued field. */
    static String childTable(EventField field) {
        return switch (field) {
            case INDICATOR, INDICATOR_TYPE -> "event_indicators";
            case TECHNIQUE -> "event_techniques";
            case TAGS -> "event_tags";
            default -> throw new IllegalArgumentException(field.apiName()
                    + " has one value per event");
        };
    }

    /** The child table's column of a several-valued field. */
    static String childColumn(EventField field) {
        return switch (field) {
            case INDICATOR -> "value";
            case INDICATOR_TYPE -> "type";
            case TECHNIQUE -> "technique";
            case TAGS -> "tag";
            default -> throw new IllegalArgumentException(field.apiName()
                    + " has one value per event");
        };
    }

    /** The quoted column of an extra field, whose name was checked at dataset creation. */
    static String extra(String field) {
        if (!field.matches("[a-z][a-z0-9_]{0,39}")) {
            throw new IllegalStateException("extra field name '" + field + "' is not allowed");
        }
        return "\"x_" + field + "\"";
    }
}
