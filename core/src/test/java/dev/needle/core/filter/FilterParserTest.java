package dev.needle.core.filter;

import static dev.needle.core.filter.AccessLogFields.ALL;
import static dev.needle.core.filter.AccessLogFields.IP;
import static dev.needle.core.filter.AccessLogFields.METHOD;
import static dev.needle.core.filter.AccessLogFields.PATH;
import static dev.needle.core.filter.AccessLogFields.STATUS;
import static dev.needle.core.filter.AccessLogFields.UA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.net.Cidr;
import dev.needle.core.net.IpAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterParserTest {

    @Test
    void parse_textEquality_givesComparison() {
        assertThat(parse("path = /login"))
                .isEqualTo(new Comparison(PATH, Operator.EQUALS, new Operand.Text("/login")));
    }

    @Test
    void parse_withoutSpaces_splitsFieldOperatorAndValue() {
        assertThat(parse("status>=500"))
                .isEqualTo(new Comparison(STATUS, Operator.GREATER_OR_EQUAL,
                        new Operand.Number(500)));
        assertThat(parse("path=/a?b=c&d=e"))
                .isEqualTo(new Comparison(PATH, Operator.EQUALS, new Operand.Text("/a?b=c&d=e")));
    }

    @Test
    void parse_trailingStar_givesGlob() {
        assertThat(parse("path = /admin*"))
                .isEqualTo(new Comparison(PATH, Operator.EQUALS,
                        new Operand.Glob(List.of("/admin", ""))));
    }

    @Test
    void parse_embeddedStars_giveGlobPieces() {
        assertThat(parse("path != /wp-*/x*.php"))
                .isEqualTo(new Comparison(PATH, Operator.NOT_EQUALS,
                        new Operand.Glob(List.of("/wp-", "/x", ".php"))));
    }

    @Test
    void parse_escapedStar_isLiteralText() {
        assertThat(parse("path = /a\\*b"))
                .isEqualTo(new Comparison(PATH, Operator.EQUALS, new Operand.Text("/a*b")));
        assertThat(parse("path = \"/a\\\\*b\""))
                .isEqualTo(new Comparison(PATH, Operator.EQUALS, new Operand.Text("/a*b")));
    }

    @Test
    void parse_quotedRegex_keepsUnknownEscapes() {
        assertThat(parse("ua ~ \"curl|python\\d+ \\\"x\\\"\""))
                .isEqualTo(new Comparison(UA, Operator.MATCHES,
                        new Operand.Regex("curl|python\\d+ \"x\"")));
    }

    @Test
    void parse_ipEquality_normalisesTheAddress() {
        assertThat(parse("ip = 2001:DB8:0:0::1"))
                .isEqualTo(new Comparison(IP, Operator.EQUALS,
                        new Operand.Address(IpAddress.parse("2001:db8::1"))));
    }

    @Test
    void parse_inCidr_givesMembership() {
        assertThat(parse("ip in 10.0.0.0/8"))
                .isEqualTo(new Membership(IP, List.of(new Operand.Network(
                        Cidr.parse("10.0.0.0/8")))));
        assertThat(parse("ip IN (2001:db8::/32, 192.0.2.1)"))
                .isEqualTo(new Membership(IP, List.of(
                        new Operand.Network(Cidr.parse("2001:db8::/32")),
                        new Operand.Network(Cidr.parse("192.0.2.1/32")))));
    }

    @Test
    void parse_inList_givesMembership() {
        assertThat(parse("status in (401, 403)"))
                .isEqualTo(new Membership(STATUS, List.of(new Operand.Number(401),
                        new Operand.Number(403))));
        assertThat(parse("path in (/a,/b*)"))
                .isEqualTo(new Membership(PATH, List.of(new Operand.Text("/a"),
                        new Operand.Glob(List.of("/b", "")))));
    }

    @Test
    void parse_notIn_negatesTheMembership() {
        assertThat(parse("status NOT IN (401, 403)"))
                .isEqualTo(new Not(parse("status in (401, 403)")));
    }

    @Test
    void parse_notBindsTighterThanAndThanOr() {
        Filter a = new Comparison(METHOD, Operator.EQUALS, new Operand.Text("GET"));
        Filter b = new Comparison(STATUS, Operator.EQUALS, new Operand.Number(404));
        Filter c = new Comparison(PATH, Operator.EQUALS, new Operand.Text("/"));

        assertThat(parse("not method = GET and status = 404 or path = /"))
                .isEqualTo(new Or(List.of(new And(List.of(new Not(a), b)), c)));
        assertThat(parse("method = GET or status = 404 and path = /"))
                .isEqualTo(new Or(List.of(a, new And(List.of(b, c)))));
    }

    @Test
    void parse_parentheses_overridePrecedence() {
        Filter a = new Comparison(METHOD, Operator.EQUALS, new Operand.Text("GET"));
        Filter b = new Comparison(STATUS, Operator.EQUALS, new Operand.Number(404));
        Filter c = new Comparison(PATH, Operator.EQUALS, new Operand.Text("/"));

        assertThat(parse("not (method = GET or status = 404) and path = /"))
                .isEqualTo(new And(List.of(new Not(new Or(List.of(a, b))), c)));
        assertThat(parse("((method = GET))")).isEqualTo(a);
    }

    @Test
    void parse_keywordsAndFieldNames_ignoreCase() {
        assertThat(parse("NOT Status = 404 AnD PATH = /x OR ip In 10.0.0.0/8"))
                .isEqualTo(parse("not status = 404 and path = /x or ip in 10.0.0.0/8"));
    }

    @Test
    void parse_keywordAsValue_isAValue() {
        assertThat(parse("method = and"))
                .isEqualTo(new Comparison(METHOD, Operator.EQUALS, new Operand.Text("and")));
    }

    @Test
    void parse_negativeNumber_isANumber() {
        assertThat(parse("status > -1"))
                .isEqualTo(new Comparison(STATUS, Operator.GREATER, new Operand.Number(-1)));
    }

    private static Filter parse(String text) {
        return FilterParser.parse(text, ALL);
    }
}
