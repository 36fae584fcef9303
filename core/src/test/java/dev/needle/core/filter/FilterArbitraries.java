package dev.needle.core.filter;

import static dev.needle.core.filter.AccessLogFields.ASN;
import static dev.needle.core.filter.AccessLogFields.COUNTRY;
import static dev.needle.core.filter.AccessLogFields.IP;
import static dev.needle.core.filter.AccessLogFields.PATH;
import static dev.needle.core.filter.AccessLogFields.STATUS;
import static dev.needle.core.filter.AccessLogFields.UA;

import dev.needle.core.net.Cidr;
import dev.needle.core.net.IpAddress;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of filter trees and of filter-like text, for the property tests. Trees draw their
 * values from the given text, number and address generators, so that a test against a table
 * can draw them from the table's own values.
 */
final class FilterArbitraries {

    /** Expressions that Java and DuckDB's RE2 read alike. */
    private static final List<String> REGEXES = List.of("curl|python", "\\d+", "^/wp-",
            "a.b", "(?i)bot", "[a-z]+\\.php$", "\"quoted\"", "back\\\\slash", "x*", "\\*",
            "^/a", "n$", "^$");

    private final Arbitrary<String> texts;
    private final Arbitrary<Long> numbers;
    private final Arbitrary<IpAddress> addresses;

    FilterArbitraries(Arbitrary<String> texts, Arbitrary<Long> numbers,
            Arbitrary<IpAddress> addresses) {
        this.texts = texts;
        this.numbers = numbers;
        this.addresses = addresses;
    }

    /** Trees with values from anywhere: any text, any long, any address. */
    static FilterArbitraries anyValues() {
        return new FilterArbitraries(anyTexts(), Arbitraries.longs(), anyAddresses());
    }

    /** Any filter tree over {@link AccessLogFields}, up to four levels deep. */
    Arbitrary<Filter> filters() {
        return Arbitraries.recursive(this::leaves, FilterArbitraries::compound, 0, 4);
    }

    /** Strings that look like filters, made of the language's own tokens. */
    static Arbitrary<String> tokenSoup() {
        Arbitrary<String> token = Arbitraries.of("path", "status", "ip", "ua", "PTH", "=", "!=",
                "==", "<", "<=", ">", ">=", "~", "!~", "in", "IN", "and", "Or", "not", "(", ")",
                ",", "\"", "\"a b\"", "\"\\\"", "/x*", "*", "\\*", "\\", "404", "-1",
                "99999999999999999999", "10.0.0.0/8", "10.1.0.0/8", "::1", "2001:db8::/32",
                "(?=x)", "\"(\"", "\"[a-\"", "%", "_", "'; drop table x; --", "");
        return token.list().ofMaxSize(16).map(tokens -> String.join(" ", tokens));
    }

    /** Printed filters with a few characters deleted and a token put in their place. */
    static Arbitrary<String> mutatedFilters() {
        Arbitrary<String> edit = Arbitraries.of("", "(", ")", "\"", ",", "*", "\\", "=", "~",
                " and ", " or ", " not ", " in ", "in (", "()", "/", ":", ".", "x", "9");
        return Combinators.combine(anyValues().filters().map(FilterPrinter::print),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 3), edit)
                .as((text, where, deleted, inserted) -> {
                    int start = (int) (where * text.length());
                    int end = Math.min(text.length(), start + deleted);
                    return text.substring(0, start) + inserted + text.substring(end);
                });
    }

    /** Short strings from the characters that matter to the scanner and parser. */
    static Arbitrary<String> characterSoup() {
        return Arbitraries.strings().withChars(" ()\",\\*=!<>~/.:-_%'\tabcdefinotrANDpshu0189")
                .ofMaxLength(60);
    }

    private static Arbitrary<Filter> compound(Arbitrary<Filter> inner) {
        return Arbitraries.oneOf(
                inner.list().ofMinSize(2).ofMaxSize(3).map(And::new),
                inner.list().ofMinSize(2).ofMaxSize(3).map(Or::new),
                inner.map(Not::new));
    }

    private Arbitrary<Filter> leaves() {
        return Arbitraries.oneOf(textComparisons(), regexComparisons(), numberComparisons(),
                addressComparisons(), memberships());
    }

    private Arbitrary<Filter> textComparisons() {
        Arbitrary<Operand> operand = Arbitraries.oneOf(texts.map(Operand.Text::new), globs());
        return Combinators.combine(Arbitraries.of(PATH, UA, COUNTRY),
                Arbitraries.of(Operator.EQUALS, Operator.NOT_EQUALS), operand)
                .as(Comparison::new);
    }

    private Arbitrary<Filter> regexComparisons() {
        Arbitrary<Operand> operand = Arbitraries.oneOf(Arbitraries.of(REGEXES),
                Arbitraries.strings().alpha().numeric().ofMaxLength(8)).map(Operand.Regex::new);
        return Combinators.combine(Arbitraries.of(PATH, UA),
                Arbitraries.of(Operator.MATCHES, Operator.NOT_MATCHES), operand)
                .as(Comparison::new);
    }

    private Arbitrary<Filter> numberComparisons() {
        Arbitrary<Operator> operator = Arbitraries.of(Operator.values())
                .filter(o -> !o.isRegex());
        return Combinators.combine(Arbitraries.of(STATUS, ASN), operator, numberOperands())
                .as(Comparison::new);
    }

    private Arbitrary<Filter> addressComparisons() {
        return Combinators.combine(Arbitraries.of(Operator.EQUALS, Operator.NOT_EQUALS),
                addresses.map(Operand.Address::new))
                .as((operator, operand) -> new Comparison(IP, operator, operand));
    }

    private Arbitrary<Filter> memberships() {
        Arbitrary<Operand> text = Arbitraries.oneOf(texts.map(Operand.Text::new), globs());
        Arbitrary<Operand> network = Combinators.combine(addresses,
                Arbitraries.integers().between(0, 128))
                .as((address, prefix) -> new Operand.Network(Cidr.containing(address, prefix)));
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(PATH, UA, COUNTRY),
                        text.list().ofMinSize(1).ofMaxSize(4)).as(Membership::new),
                Combinators.combine(Arbitraries.of(STATUS, ASN),
                        numberOperands().list().ofMinSize(1).ofMaxSize(4)).as(Membership::new),
                network.list().ofMinSize(1).ofMaxSize(4).map(list -> new Membership(IP, list)));
    }

    private Arbitrary<Operand> numberOperands() {
        return numbers.map(Operand.Number::new);
    }

    private Arbitrary<Operand> globs() {
        return texts.list().ofMinSize(2).ofMaxSize(4).map(Operand.Glob::new);
    }

    /** Text with the characters that need quoting or escaping, and some beyond ASCII. */
    static Arbitrary<String> anyTexts() {
        return Arbitraries.strings().ascii().withChars("\\\"*%_'() ,=é\u2003\u00a0")
                .ofMaxLength(10);
    }

    static Arbitrary<IpAddress> anyAddresses() {
        Arbitrary<IpAddress> ipv4 = Arbitraries.integers().map(IpAddress::ofIpv4);
        Arbitrary<IpAddress> ipv6 = Arbitraries.longs().tuple2()
                .map(pair -> new IpAddress(pair.get1(), pair.get2()));
        return Arbitraries.oneOf(ipv4, ipv6);
    }
}
