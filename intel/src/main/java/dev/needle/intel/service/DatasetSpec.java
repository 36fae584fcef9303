package dev.needle.intel.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to create a dataset with. Extra fields are fixed at creation: an event's value for one
 * is its metadata entry of the same name, converted to the field's type on import.
 *
 * @param name unique name: letters, digits, spaces, dots, dashes and underscores, at most 64
 *     characters, starting with a letter or digit
 * @param sharing who besides the owner may read it
 * @param extraFields searchable fields beyond the built-in ones: lower-case snake_case names of
 *     at most 40 characters that are not built-in field names
 * @param decay how indicator scores fade
 */
public record DatasetSpec(String name, Sharing sharing, Map<String, FieldType> extraFields,
        DecayPolicy decay) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");
    private static final Pattern FIELD = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    /** The most extra fields a dataset declares. */
    public static final int MAX_EXTRA_FIELDS = 32;

    public DatasetSpec {
        requireValidName(name);
        Objects.requireNonNull(sharing, "sharing");
        extraFields = Map.copyOf(extraFields);
        Objects.requireNonNull(decay, "decay");
        if (extraFields.size() > MAX_EXTRA_FIELDS) {
            throw new IllegalArgumentException("dataset '" + name + "' declares "
                    + extraFields.size() + " extra fields; the limit is " + MAX_EXTRA_FIELDS);
        }
        extraFields.keySet().forEach(field -> requireValidField(name, field));
    }

    /** A private dataset with no extra fields and the standard decay. */
    public static DatasetSpec named(String name) {
        return new DatasetSpec(name, Sharing.privately(), Map.of(), DecayPolicy.standard());
    }

    /** This spec with other sharing. */
    public DatasetSpec withSharing(Sharing newSharing) {
        return new DatasetSpec(name, newSharing, extraFields, decay);
    }

    /** This spec with one more extra field. */
    public DatasetSpec withField(String field, FieldType type) {
        Map<String, FieldType> more = new LinkedHashMap<>(extraFields);
        more.put(field, type);
        return new DatasetSpec(name, sharing, more, decay);
    }

    /** This spec with another decay policy. */
    public DatasetSpec withDecay(DecayPolicy newDecay) {
        return new DatasetSpec(name, sharing, extraFields, newDecay);
    }

    /** Throws when {@code name} is not a valid dataset name; the message names it. */
    public static String requireValidName(String name) {
        Objects.requireNonNull(name, "dataset name");
        if (!NAME.matcher(name).matches() || !name.equals(name.strip())) {
            throw new IllegalArgumentException("dataset name '" + name + "' must be 1 to 64"
                    + " letters, digits, spaces, '.', '-' or '_', starting with a letter or digit"
                    + " and not ending with a space");
        }
        return name;
    }

    private static void requireValidField(String dataset, String field) {
        if (!FIELD.matcher(field).matches()) {
            throw new IllegalArgumentException("dataset '" + dataset + "': extra field '" + field
                    + "' must be 1 to 40 lower-case letters, digits or '_', starting with a"
                    + " letter");
        }
        if (EventField.reserves(field)) {
            throw new IllegalArgumentException("dataset '" + dataset + "': extra field '" + field
                    + "' is the name of a built-in field");
        }
    }
}
