package dev.needle.intel.taxii;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The URL parameters of an objects or manifest request.
 *
 * <p>Each {@code match[...]} filter takes a comma-separated list and matches when any value
 * does; an absent filter matches everything. Every object Needle serves has one version, so
 * {@code match[version]} values {@code first}, {@code last} and {@code all} match every object
 * and a timestamp matches the object modified (or created) then. Parameters TAXII does not
 * define are ignored, as the specification asks.
 *
 * @param addedAfter only objects added after this time
 * @param limit the most objects the client wants
 * @param next the token of a previous page's {@code next}
 * @param types {@code match[type]}
 * @param ids {@code match[id]}
 * @param versions {@code match[version]}
 * @param specVersions {@code match[spec_version]}
 */
record ObjectQuery(Optional<Instant> addedAfter, OptionalInt limit, Optional<String> next,
        Set<String> types, Set<String> ids, Set<String> versions, Set<String> specVersions) {

    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    /** Reads the parameters as a web framework hands them over, each with its values. */
    static ObjectQuery parse(Map<String, List<String>> params) throws TaxiiRequestException {
        Optional<String> addedAfter = single(params, "added_after");
        Optional<String> limit = single(params, "limit");
        return new ObjectQuery(
                addedAfter.isPresent() ? Optional.of(timestamp("added_after", addedAfter.get()))
                        : Optional.empty(),
                limit.isPresent() ? OptionalInt.of(limit(limit.get())) : OptionalInt.empty(),
                single(params, "next"),
                list(params, "match[type]"),
                list(params, "match[id]"),
                versions(list(params, "match[version]")),
                list(params, "match[spec_version]"));
    }

    /** A query with no parameters: everything, default page size. */
    static ObjectQuery all() {
        return new ObjectQuery(Optional.empty(), OptionalInt.empty(), Optional.empty(), Set.of(),
                Set.of(), Set.of(), Set.of());
    }

    private static Optional<String> single(Map<String, List<String>> params, String name)
            throws TaxiiRequestException {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new TaxiiRequestException(name + " is given " + values.size()
                    + " times; give it once");
        }
        return values.stream().findFirst();
    }

    private static Set<String> list(Map<String, List<String>> params, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : params.getOrDefault(name, List.of())) {
            for (String part : value.split(",", -1)) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private static Set<String> versions(Set<String> values) throws TaxiiRequestException {
        for (String value : values) {
            if (!Set.of("first", "last", "all").contains(value)) {
                timestamp("match[version]", value);
            }
        }
        return values;
    }

    static Instant timestamp(String name, String value) throws TaxiiRequestException {
        if (!TIMESTAMP.matcher(value).matches()) {
            throw new TaxiiRequestException(name + " '" + shown(value) + "' is not a timestamp"
                    + " such as 2024-05-01T12:00:00.000Z");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new TaxiiRequestException(name + " '" + shown(value) + "' is not a date and"
                    + " time that exists");
        }
    }

    private static int limit(String value) throws TaxiiRequestException {
        if (value.matches("[0-9]{1,9}") && Integer.parseInt(value) > 0) {
            return Integer.parseInt(value);
        }
        throw new TaxiiRequestException("limit '" + shown(value)
                + "' is not a whole number from 1 up");
    }

    /** Client text cut short and stripped of controls before it goes into an error body. */
    static String shown(String value) {
        String cut = value.length() > 64 ? value.substring(0, 64) + "..." : value;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
