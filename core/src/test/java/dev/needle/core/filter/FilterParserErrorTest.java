package dev.needle.core.filter;

import static dev.needle.core.filter.AccessLogFields.ALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class FilterParserErrorTest {

    @Test
    void parse_unknownField_namesItAndListsTheFields() {
        rejects("status = 404 and pth = /x", 18,
                "unknown field 'pth'; expected one of [ip, path, status, method, ua, country, "
                        + "asn]");
    }

    @Test
    void parse_missingValue_reportsPosition() {
        rejects("path = ", 8, "expected a value after '='");
        rejects("(path = ) ", 9, "expected a value after '=' but found ')'");
    }

    @Test
    void parse_missingOperator_namesTheToken() {
        rejects("path /login", 6, "expected an operator (=, !=, <, <=, >, >=, ~, !~, in, not in) "
                + "after 'path' but found '/login'");
    }

    @Test
    void parse_notWithoutIn_saysInWasExpected() {
        rejects("status not 404", 12, "expected 'in' after 'status not' but found '404'");
    }

    @Test
    void parse_doubleEquals_suggestsSingle() {
        rejects("path == /x", 6, "'==' is not an operator; use '='");
    }

    @Test
    void parse_unclosedQuote_reportsTheQuote() {
        rejects("ua ~ \"curl", 6, "unclosed quote; add a '\"' after the value");
        rejects("ua ~ \"curl\\\"", 6, "unclosed quote");
    }

    @Test
    void parse_unclosedParenthesis_reportsPosition() {
        rejects("status = 1 and (path = /a or path = /b", 16, "unclosed parenthesis; add a ')'");
        rejects("status in (401, 403", 11, "unclosed parenthesis; add a ')'");
    }

    @Test
    void parse_unmatchedParenthesis_reportsPosition() {
        rejects("status = 1)", 11, "unmatched ')'");
    }

    @Test
    void parse_trailingWord_namesIt() {
        rejects("path = /a /b", 11,
                "expected 'and', 'or' or the end of the filter but found '/b'");
    }

    @Test
    void parse_danglingAnd_saysWhatWasExpected() {
        rejects("path = /a and ", 15,
                "expected a field name or '(' but found the end of the filter");
    }

    @Test
    void parse_nonNumericValue_namesValueAndField() {
        rejects("status = 40x", 10, "'40x' is not a whole number, which field 'status' holds");
        rejects("status in (401, four)", 17, "'four' is not a whole number");
        rejects("asn = 99999999999999999999", 7, "is not a whole number");
    }

    @Test
    void parse_invalidAddress_namesIt() {
        rejects("ip = 10.0.0.256", 6, "'10.0.0.256' is not an IPv4 or IPv6 address");
        rejects("ip = 10.0.0.0/8", 6, "for a range write 'ip in 10.0.0.0/8'");
    }

    @Test
    void parse_invalidCidr_namesIt() {
        rejects("ip in 10.0.0.0/33", 7, "'10.0.0.0/33' is not a CIDR block");
        rejects("ip in (10.1.0.0/8)", 8, "'10.1.0.0/8' has host bits set; the block is "
                + "10.0.0.0/8");
        rejects("ip in 2001:db8::/xx", 7, "prefix 'xx' must be a number from 0 to 128");
    }

    @Test
    void parse_invalidRegex_reportsTheCause() {
        rejects("ua ~ \"(curl\"", 6, "invalid regular expression '(curl': Unclosed group");
    }

    @Test
    void parse_regexFeatureDuckDbLacks_isRejected() {
        rejects("ua ~ \"(a)\\1\"", 6, "uses a backreference");
        rejects("ua ~ \"bot(?!tle)\"", 6, "uses lookaround");
        rejects("ua ~ \"a++\"", 6, "uses a possessive quantifier");
    }

    @Test
    void parse_regexOnNumberOrIp_isRejected() {
        rejects("status ~ 40.", 8, "operator '~' needs a TEXT field; 'status' is a NUMBER field");
        rejects("ip !~ 10", 4, "operator '!~' needs a TEXT field; 'ip' is an IP field");
    }

    @Test
    void parse_orderingOnText_isRejected() {
        rejects("path < /b", 6, "operator '<' needs a NUMBER field; 'path' is a TEXT field");
    }

    @Test
    void parse_inWithoutList_saysHowToWriteIt() {
        rejects("status in 404", 11, "expected '(' and a list after 'in', such as "
                + "status in (401, 403)");
    }

    @Test
    void parse_emptyList_isRejected() {
        rejects("status in ( )", 13, "empty list after 'in'; expected at least one value");
    }

    @Test
    void parse_listOverLimit_reportsTheFirstValueTooMany() {
        String values = IntStream.rangeClosed(1, 1001).mapToObj(Integer::toString)
                .collect(Collectors.joining(","));
        String text = "status in (" + values + ")";

        rejects(text, text.indexOf(",1001") + 2, "more than 1000 values in the list after "
                + "'in' at column 8");
    }

    @Test
    void parse_listAtLimit_isAccepted() {
        String values = IntStream.rangeClosed(1, 1000).mapToObj(Integer::toString)
                .collect(Collectors.joining(","));

        assertThat(FilterParser.parse("status in (" + values + ")", ALL))
                .isInstanceOfSatisfying(Membership.class,
                        m -> assertThat(m.operands()).hasSize(1000));
    }

    @Test
    void parse_tooLong_isRejected() {
        String text = "path = /" + "a".repeat(FilterParser.MAX_LENGTH);

        rejects(text, 4097, "the filter is 4104 characters long; at most 4096 are allowed");
    }

    @Test
    void parse_tooDeep_isRejected() {
        String text = "(".repeat(70) + "path = /" + ")".repeat(70);

        rejects(text, 65, "the filter nests deeper than 64 levels");
    }

    @Test
    void parse_blank_asksForAComparison() {
        rejects("   ", 1, "empty filter; expected a comparison such as ip = 192.0.2.1");
    }

    @Test
    void parse_longToken_isShortenedInTheMessage() {
        rejects("path /" + "x".repeat(100), 6, "but found '/" + "x".repeat(39) + "...'");
    }

    private static AbstractThrowableAssert<?, ?> rejects(String text, int column,
            String problem) {
        return assertThatThrownBy(() -> FilterParser.parse(text, ALL))
                .isInstanceOfSatisfying(FilterSyntaxException.class, e -> {
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.getMessage())
                            .startsWith("column " + column + ": ");
                });
    }
}
