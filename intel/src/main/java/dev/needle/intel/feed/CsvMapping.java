package dev.needle.intel.feed;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.Tlp;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a CSV file of indicators: which column holds the value, how to know its type,
 * and which columns hold the context. Columns are named as in the file's header line, ignoring
 * case. Build one with {@link #of}, {@link #withTypeColumn} or {@link #detecting}, then the
 * {@code with} methods.
 *
 * @param valueColumn the column holding the indicator
 * @param type the type of every value, when the file has one type
 * @param typeColumn the column naming each value's type ({@code ipv4}, {@code domain},
 *     {@code sha256}, ... or common aliases such as {@code ip}, {@code hostname},
 *     {@code sha-256}); with neither this nor {@code type}, each value's type is detected
 * @param dateColumn the column with the event's date; without it, the file's modification time
 * @param attackerColumn the column naming the attacker
 * @param categoryColumn the column with the category
 * @param headlineColumn the column with a one-line description
 * @param tagsColumn the column with tags separated by {@code ,}, {@code ;} or {@code |}
 * @param idColumn the column with the source's own id of the row, for stable event ids
 * @param lastSeenColumn the column with the last sighting
 * @param delimiter the field separator
 * @param tlp the TLP of every event
 * @param stage the kill-chain stage of every event
 */
public record CsvMapping(String valueColumn, Optional<IndicatorType> type,
        Optional<String> typeColumn, Optional<String> dateColumn,
        Optional<String> attackerColumn, Optional<String> categoryColumn,
        Optional<String> headlineColumn, Optional<String> tagsColumn,
        Optional<String> idColumn, Optional<String> lastSeenColumn, char delimiter, Tlp tlp,
        Optional<KillChainStage> stage) {

    public CsvMapping {
        Objects.requireNonNull(valueColumn, "valueColumn");
        Objects.requireNonNull(tlp, "tlp");
        if (valueColumn.isBlank()) {
            throw new IllegalArgumentException("the value column needs a name");
        }
        if (type.isPresent() && typeColumn.isPresent()) {
            throw new IllegalArgumentException("give either a type (" + type.get().label()
                    + ") or a type column ('" + typeColumn.get() + "'), not both");
        }
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("'" + delimiter + "' cannot separate fields");
        }
    }

    /** Values of one type in {@code valueColumn}; comma-separated, amber, no other columns. */
    public static CsvMapping of(String valueColumn, IndicatorType type) {
        return new CsvMapping(valueColumn, Optional.of(type), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), ',', Tlp.AMBER, Optional.empty());
    }

    /** Values in {@code valueColumn} whose types are named in {@code typeColumn}. */
    public static CsvMapping withTypeColumn(String valueColumn, String typeColumn) {
        return of(valueColumn, IndicatorType.IPV4).copy(Optional.empty(),
                Optional.of(typeColumn));
    }

    /** Values in {@code valueColumn} whose types are detected one by one. */
    public static CsvMapping detecting(String valueColumn) {
        return of(valueColumn, IndicatorType.IPV4).copy(Optional.empty(), Optional.empty());
    }

    /** This mapping with the date read from {@code column}. */
    public CsvMapping withDate(String column) {
        return new CsvMapping(valueColumn, type, typeColumn, Optional.of(column), attackerColumn,
                categoryColumn, headlineColumn, tagsColumn, idColumn, lastSeenColumn, delimiter,
                tlp, stage);
    }

    /** This mapping with the attacker read from {@code column}. */
    public CsvMapping withAttacker(String column) {
        return new CsvMapping(valueColumn, type, typeColumn, dateColumn, Optional.of(column),
                categoryColumn, headlineColumn, tagsColumn, idColumn, lastSeenColumn, delimiter,
                tlp, stage);
    }

    /** This mapping with the category read from {@code column}. */
    public CsvMapping withCategory(String column) {
        return new CsvMapping(valueColumn, type, typeColumn, dateColumn, attackerColumn,
                Optional.of(column), headlineColumn, tagsColumn, idColumn, lastSeenColumn,
                delimiter, tlp, stage);
    }

    /** This mapping with the headline read from {@code column}. */
    public CsvMapping withHeadline(String column) {
        return new CsvMapping(valueColumn, type, typeColumn, dateColumn, attackerColumn,
                categoryColumn, Optional.of(column), tagsColumn, idColumn, lastSeenColumn,
                delimiter, tlp, stage);
    }

    /** This mapping with tags read from {@code column}. */
    public CsvMapping withTags(String column) {
        return new CsvMapping(valueColumn, type, typeColumn, dateColumn, attackerColumn,
                categoryColumn, headlineColumn, Optional.of(column), idColumn, lastSeenColumn,
                delimiter, tlp, stage);
    }

    /** This mapping with event ids derived from the source ids in {@code column}. */
    public CsvMapping withId(String column) {
        return new CsvMapping(valueColumn, type, typeColumn, dateColumn, attackerColumn,
                categoryColumn, headlineColumn, tagsColumn, Optional.of(column), lastSeenColumn,
                delimiter, tlp, stage);
    }

    /** This mapping with the last sighting read from {@code column}. */
    public CsvMapping withLastSeen(String column) {
        return new CsvMapping(valueColumn, type, typeColumn, dateColumn, attackerColumn,
                categoryColumn, headlineColumn, tagsColumn, idColumn, Optional.of(column),
                delimiter, tlp, stage);
    }

    /** This mapping with fields separated by {@code newDelimiter}. */
    public CsvMapping withDelimiter(char newDelimiter) {
        return new CsvMapping(valueColumn, type, typeColumn, dateColumn, attackerColumn,
                categoryColumn, headlineColumn, tagsColumn, idColumn, lastSeenColumn,
                newDelimiter, tlp, stage);
    }

    /** This mapping with every event marked {@code newTlp}. */
    public CsvMapping withTlp(Tlp newTlp) {
        return new CsvMapping(valueColumn, type, typeColumn, dateColumn, attackerColumn,
                categoryColumn, headlineColumn, tagsColumn, idColumn, lastSeenColumn, delimiter,
                newTlp, stage);
    }

    /** This mapping with every event at kill-chain stage {@code newStage}. */
    public CsvMapping withStage(KillChainStage newStage) {
        return new CsvMapping(valueColumn, type, typeColumn, dateColumn, attackerColumn,
                categoryColumn, headlineColumn, tagsColumn, idColumn, lastSeenColumn, delimiter,
                tlp, Optional.of(newStage));
    }

    private CsvMapping copy(Optional<IndicatorType> newType, Optional<String> newTypeColumn) {
        return new CsvMapping(valueColumn, newType, newTypeColumn, dateColumn, attackerColumn,
                categoryColumn, headlineColumn, tagsColumn, idColumn, lastSeenColumn, delimiter,
                tlp, stage);
    }
}
