package dev.needle.analyst.llm;

import dev.needle.analyst.plan.TrafficFilterCheck;
import dev.needle.traffic.TrafficField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The canonical form of each tool argument, as docs/analyst.md states it: how the model is told
 * to write it, and the check a value from the model must pass. A check returns the value in
 * canonical spelling (upper-case technique ids and countries, comma-joined indicators without
 * spaces) or throws {@link IllegalArgumentException} naming the argument and the value.
 *
 * <p>Free-text arguments ({@code attacker}, {@code value}, {@code values}) are checked for length
 * and control characters only; whether they name something stored is for the tools to say.
 */
enum ArgumentForm {

    FIELD("The traffic field to rank.", fieldLabels()),
    SPLIT("A traffic field to split the series by.", fieldLabels()),
    LIMIT("How many results, as digits such as 5. Leave it out unless the question gives a"
            + " number."),
    WHERE("A traffic filter: conditions joined with ' and ', at most one per field, in the"
            + " field order ip, path, status, method, host, ua, referer, country, asn. Forms:"
            + " 'path = *login*' for login pages, 'path = /wp-login.php' for a path,"
            + " 'path = /admin*' for a prefix, 'status = 404', 'status >= 400' for errors,"
            + " 'status >= 500' for server errors, 'status >= 400 and status < 500' for client"
            + " errors, 'method = POST', 'country = CN', 'asn = 15169', 'ip = 203.0.113.9',"
            + " 'ip in 203.0.113.0/24'."),
    RANGE("A time range: 'last <n><unit>' with unit m, h or d ('last 15m', 'last 1h',"
            + " 'last 24h' for the past day, 'last 7d' for last week, 'last 30d' for last"
            + " month), 'today', 'yesterday', or an interval such as"
            + " '2015-05-17T10:00/2015-05-17T11:00'."),
    BUCKET("The width of a series bucket.", List.of("1m", "5m", "1h", "1d")),
    AT("The time of the spike: 'HH:MM' such as '10:00', or 'YYYY-MM-DDTHH:MM' when a date is"
            + " given. Leave it out when the question names no time."),
    VALUES("Indicators (IPs, CIDRs, domains, URLs, hashes) in canonical form, joined by commas"
            + " in the order given, such as '203.0.113.9,198.51.100.7'."),
    ATTACKER("An attacker name as stored, such as 'APT1' or 'BlackBasta'."),
    TECHNIQUE("A MITRE ATT&CK technique id in upper case, such as 'T1566' or 'T1566.001'."),
    STAGE("A kill-chain stage.", List.of("reconnaissance", "weaponization", "delivery",
            "exploitation", "installation", "command-and-control", "actions-on-objectives")),
    INDUSTRY("A targeted industry in lower case: finance, healthcare, government, education,"
            + " energy, retail, technology, telecommunications, manufacturing, transportation,"
            + " media, defense, legal or hospitality."),
    COUNTRY("A targeted country as an ISO 3166 alpha-2 code in upper case, such as 'DE'."),
    BY("The dimension to count events by; 'attacker' for who targets someone.",
            List.of("attacker", "category", "targetCountry", "targetIndustry", "technique",
                    "killChainStage")),
    TYPE("An indicator type.", List.of("ipv4", "ipv6", "cidr", "domain", "url", "md5", "sha1",
            "sha256")),
    VALUE("One indicator in canonical form, such as '203.0.113.9', 'evil.example' or a hash.");

    private static final int MAX_TEXT = 2048;
    private static final int MAX_VALUES = 100;
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}");
    private static final Pattern RELATIVE = Pattern.compile("last [1-9]\\d{0,3}[mhd]");
    private static final Pattern INTERVAL = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}/\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    private static final Pattern MOMENT = Pattern.compile(
            "(?:\\d{4}-\\d{2}-\\d{2}T)?(?:[01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern TECHNIQUE_ID = Pattern.compile("T\\d{4}(?:\\.\\d{3})?");
    private static final Pattern INDUSTRY_NAME = Pattern.compile("[a-z][a-z -]{1,40}");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private final String description;
    private final List<String> choices;

    ArgumentForm(String description) {
        this(description, List.of());
    }

    ArgumentForm(String description, List<String> choices) {
        this.description = description;
        this.choices = List.copyOf(choices);
    }

    /** The argument's name in tool calls, such as {@code where}. */
    String argument() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the model is told about the argument. */
    String description() {
        return description;
    }

    /** The only values allowed, or empty when the argument is not an enumeration. */
    List<String> choices() {
        return choices;
    }

    /** The form of the argument called {@code name}. */
    static Optional<ArgumentForm> named(String name) {
        return Arrays.stream(values()).filter(form -> form.argument().equals(name)).findFirst();
    }

    /** The value in canonical spelling; throws when it is not in this form. */
    String check(String raw) {
        String value = raw.strip();
        if (value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl)) {
            throw invalid(value, "a value of at most " + MAX_TEXT
                    + " characters without control characters");
        }
        if (!choices.isEmpty()) {
            return require(value, choices.contains(value), "one of " + choices);
        }
        return switch (this) {
            case LIMIT -> require(value, DIGITS.matcher(value).matches()
                    && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= 1000,
                    "a whole number from 1 to 1000");
            case WHERE -> where(value);
            case RANGE -> require(value, value.equals("today") || value.equals("yesterday")
                    || RELATIVE.matcher(value).matches() || INTERVAL.matcher(value).matches(),
                    "'last <n>m|h|d', 'today', 'yesterday' or an interval");
            case AT -> require(value, MOMENT.matcher(value).matches(),
                    "'HH:MM' or 'YYYY-MM-DDTHH:MM'");
            case VALUES -> indicators(value);
            case TECHNIQUE -> require(value.toUpperCase(Locale.ROOT), TECHNIQUE_ID.matcher(
                    value.toUpperCase(Locale.ROOT)).matches(), "an ATT&CK id such as T1566");
            case INDUSTRY -> require(value.toLowerCase(Locale.ROOT), INDUSTRY_NAME.matcher(
                    value.toLowerCase(Locale.ROOT)).matches(), "an industry name");
            case COUNTRY -> require(value.toUpperCase(Locale.ROOT), COUNTRY_CODE.matcher(
                    value.toUpperCase(Locale.ROOT)).matches(), "an ISO 3166 alpha-2 code");
            case VALUE -> require(value, value.chars().noneMatch(Character::isWhitespace),
                    "one indicator without spaces");
            default -> value;
        };
    }

    private String where(String value) {
        TrafficFilterCheck.problem(value).ifPresent(problem -> {
            throw new IllegalArgumentException("argument 'where': not a traffic filter ("
                    + problem + "): '" + value + "'");
        });
        return value;
    }

    private String indicators(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        boolean spaced = parts.stream().anyMatch(p -> p.chars().anyMatch(Character::isWhitespace));
        return require(String.join(",", parts), !parts.isEmpty() && parts.size() <= MAX_VALUES
                && !spaced, "1 to " + MAX_VALUES + " indicators joined by commas");
    }

    private String require(String value, boolean ok, String expected) {
        if (!ok) {
            throw invalid(value, expected);
        }
        return value;
    }

    private IllegalArgumentException invalid(String value, String expected) {
        String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
        return new IllegalArgumentException("argument '" + argument() + "': expected " + expected
                + ", got '" + shown + "'");
    }

    private static List<String> fieldLabels() {
        return Arrays.stream(TrafficField.values()).map(TrafficField::label).toList();
    }
}
