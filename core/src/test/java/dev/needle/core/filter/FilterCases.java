package dev.needle.core.filter;

import static dev.needle.core.filter.AccessLogFields.ASN;
import static dev.needle.core.filter.AccessLogFields.COUNTRY;
import static dev.needle.core.filter.AccessLogFields.IP;
import static dev.needle.core.filter.AccessLogFields.PATH;
import static dev.needle.core.filter.AccessLogFields.STATUS;
import static dev.needle.core.filter.AccessLogFields.UA;

import dev.needle.core.net.Cidr;
import dev.needle.core.net.IpAddress;
import dev.needle.core.net.IpCases;
import dev.needle.core.testing.CaseRandom;
import dev.needle.core.testing.Trials;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Generators of filter trees and of filter-like text, for the property tests. Trees draw their
 * values from the given text, number and address generators, so that a test against a table
 * can draw them from the table's own values.
 */
final class FilterCases {

    /** The deepest a tree goes: a leaf has depth 0. */
    static final int MAX_DEPTH = 4;

    /** Expressions that Java and DuckDB's RE2 read alike. */
    private static final List<String> REGEXES = List.of("curl|python", "\\d+", "^/wp-",
            "a.b", "(?i)bot", "[a-z]+\\.php$", "\"quoted\"", "back\\\\slash", "x*", "\\*",
            "^/a", "n$", "^$");

    /** The language's own tokens, and a few that only look like them. */
    private static final List<String> TOKENS = List.of("path", "status", "ip", "ua", "PTH", "=",
            "!=", "==", "<", "<=", ">", ">=", "~", "!~", "in", "IN", "and", "Or", "not", "(", ")",
            ",", "\"", "\"a b\"", "\"\\\"", "/x*", "*", "\\*", "\\", "404", "-1",
            "99999999999999999999", "10.0.0.0/8", "10.1.0.0/8", "::1", "2001:db8::/32", "(?=x)",
            "\"(\"", "\"[a-\"", "%", "_", "'; drop table x; --", "");

    /** What a mutation puts where it deleted characters. */
    private static final List<String> EDITS = List.of("", "(", ")", "\"", ",", "*", "\\", "=",
            "~", " and ", " or ", " not ", " in ", "in (", "()", "/", ":", ".", "x", "9");

    /** The characters that matter to the scanner and parser. */
    private static final String SOUP_CHARS = " ()\",\\*=!<>~/.:-_%'\tabcdefinotrANDpshu0189";

    /** Characters that need quoting or escaping, and some beyond ASCII. */
    private static final String TEXT_EXTRAS = "\\\"*%_'() ,=é\u2003\u00a0";

    /** Texts that printing must quote or escape, or that read as keywords or numbers. */
    private static final List<String> EDGE_TEXTS = List.of("", " ", "\"", "\\", "\\\"", "\"\"",
            "*", "%", "_", "'", "(", ")", ",", "=", "and", "or", "not", "in", "IN", "404", "-1",
            "1.2.3.4", "::", "é", "\u2003", "\u00a0", "\t", "\n");

    private static final String ALPHANUMERIC =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /** All of ASCII, control characters too, and the extras about as often as the rest. */
    private static final String TEXT_CHARS = ascii() + TEXT_EXTRAS.repeat(8);

    private final Function<CaseRandom, String> texts;
    private final Function<CaseRandom, Long> numbers;
    private final Function<CaseRandom, IpAddress> addresses;

    /**
     * Trees whose text comparisons, lists and globs take values from {@code texts}, whose number
     * comparisons and lists take {@code numbers}, and whose IP comparisons and blocks are built
     * on {@code addresses}.
     */
    FilterCases(Function<CaseRandom, String> texts, Function<CaseRandom, Long> numbers,
            Function<CaseRandom, IpAddress> addresses) {
        this.texts = texts;
        this.numbers = numbers;
        this.addresses = addresses;
    }

    /** Trees with values from anywhere: any text, any long, any address. */
    static FilterCases anyValues() {
        return new FilterCases(FilterCases::anyTexts, CaseRandom::anyLong, IpCases::addresses);
    }

    /** Any filter tree over {@link AccessLogFields}, up to {@value #MAX_DEPTH} levels deep. */
    Filter filters(CaseRandom random) {
        return filter(random, random.intBetween(0, MAX_DEPTH));
    }

    /** Strings that look like filters, made of the language's own tokens. */
    static String tokenSoup(CaseRandom random) {
        return String.join(" ", random.list(0, 16, r -> r.pick(TOKENS)));
    }

    /** Printed filters with a few characters deleted and a token put in their place. */
    static String mutatedFilters(CaseRandom random) {
        String text = FilterPrinter.print(anyValues().filters(random));
        int start = random.intBetween(0, text.length());
        int end = Math.min(text.length(), start + random.intBetween(0, 3));
        return text.substring(0, start) + random.pick(EDITS) + text.substring(end);
    }

    /** Short strings from the characters that matter to the scanner and parser. */
    static String characterSoup(CaseRandom random) {
        return random.string(SOUP_CHARS, 60);
    }

    /** Text with the characters that need quoting or escaping, and some beyond ASCII. */
    static String anyTexts(CaseRandom random) {
        if (random.edge()) {
            return random.pick(EDGE_TEXTS);
        }
        return random.string(TEXT_CHARS, 10);
    }

    /**
     * A filter both as the printer writes it and as its tree, which stays true if the printer
     * is wrong; both with invisible characters escaped.
     */
    static String describe(Filter filter) {
        String printed;
        try {
            printed = Trials.quote(FilterPrinter.print(filter));
        } catch (RuntimeException e) {
            printed = "(cannot print: " + e + ")";
        }
        return printed + "\n  tree:    " + tree(filter);
    }

    private Filter filter(CaseRandom random, int depth) {
        if (depth == 0) {
            return leaf(random);
        }
        return switch (random.intBetween(0, 2)) {
            case 0 -> new And(children(random, depth));
            case 1 -> new Or(children(random, depth));
            default -> new Not(filter(random, depth - 1));
        };
    }

    /** Two or three subtrees, one of them a full level lower so the depth holds, the rest any. */
    private List<Filter> children(CaseRandom random, int depth) {
        int count = random.intBetween(2, 3);
        int deepest = random.intBetween(0, count - 1);
        Filter[] children = new Filter[count];
        for (int i = 0; i < count; i++) {
            int childDepth = i == deepest ? depth - 1 : random.intBetween(0, depth - 1);
            children[i] = filter(random, childDepth);
        }
        return Arrays.asList(children);
    }

    private Filter leaf(CaseRandom random) {
        return random.oneOf(this::textComparison, this::regexComparison,
                this::numberComparison, this::addressComparison, this::membership);
    }

    private Filter textComparison(CaseRandom random) {
        return new Comparison(random.pick(PATH, UA, COUNTRY),
                random.pick(Operator.EQUALS, Operator.NOT_EQUALS), textOrGlob(random));
    }

    private Filter regexComparison(CaseRandom random) {
        String source = random.coin() ? random.pick(REGEXES) : random.string(ALPHANUMERIC, 8);
        return new Comparison(random.pick(PATH, UA),
                random.pick(Operator.MATCHES, Operator.NOT_MATCHES), new Operand.Regex(source));
    }

    private Filter numberComparison(CaseRandom random) {
        List<Operator> operators = Arrays.stream(Operator.values())
                .filter(o -> !o.isRegex()).toList();
        return new Comparison(random.pick(STATUS, ASN), random.pick(operators), number(random));
    }

    private Filter addressComparison(CaseRandom random) {
        return new Comparison(IP, random.pick(Operator.EQUALS, Operator.NOT_EQUALS),
                new Operand.Address(addresses.apply(random)));
    }

    private Filter membership(CaseRandom random) {
        return switch (random.intBetween(0, 2)) {
            case 0 -> new Membership(random.pick(PATH, UA, COUNTRY),
                    random.list(1, 4, this::textOrGlob));
            case 1 -> new Membership(random.pick(STATUS, ASN), random.list(1, 4, this::number));
            default -> new Membership(IP, random.list(1, 4, this::network));
        };
    }

    private Operand textOrGlob(CaseRandom random) {
        if (random.coin()) {
            return new Operand.Text(texts.apply(random));
        }
        return new Operand.Glob(random.list(2, 4, texts));
    }

    private Operand number(CaseRandom random) {
        return new Operand.Number(numbers.apply(random));
    }

    private Operand network(CaseRandom random) {
        return new Operand.Network(Cidr.containing(addresses.apply(random),
                IpCases.prefixLengths(random)));
    }

    private static String tree(Filter filter) {
        return switch (filter) {
            case And and -> and.operands().stream().map(FilterCases::tree)
                    .collect(Collectors.joining(", ", "And[", "]"));
            case Or or -> or.operands().stream().map(FilterCases::tree)
                    .collect(Collectors.joining(", ", "Or[", "]"));
            case Not not -> "Not[" + tree(not.operand()) + "]";
            case Comparison comparison -> "[" + comparison.field().name() + " "
                    + comparison.operator().symbol() + " " + operand(comparison.operand()) + "]";
            case Membership membership -> membership.operands().stream()
                    .map(FilterCases::operand)
                    .collect(Collectors.joining(", ", "[" + membership.field().name() + " in ",
                            "]"));
        };
    }

    private static String operand(Operand operand) {
        return switch (operand) {
            case Operand.Text text -> "Text(" + Trials.quote(text.value()) + ")";
            case Operand.Glob glob -> glob.literals().stream().map(Trials::quote)
                    .collect(Collectors.joining(", ", "Glob(", ")"));
            case Operand.Regex regex -> "Regex(" + Trials.quote(regex.source()) + ")";
            case Operand.Number number -> "Number(" + number.value() + ")";
            case Operand.Address address -> "Address(" + address.address() + ")";
            case Operand.Network network -> "Network(" + network.block() + ")";
        };
    }

    private static String ascii() {
        StringBuilder chars = new StringBuilder(128);
        for (char c = 0; c < 128; c++) {
            chars.append(c);
        }
        return chars.toString();
    }
}
