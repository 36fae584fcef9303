package dev.needle.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorNormalizerTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        // Values from the abuse.ch, MISP and STIX samples, as analysts paste them.
        "ipv4   | 192.9.135.73                          | 192.9.135.73",
        "ipv4   | 192.9.135[.]73                        | 192.9.135.73",
        "ipv4   | ' \"85.239.243.155\" '                | 85.239.243.155",
        "ipv4   | 193.161.193.99:36102                  | 193.161.193.99",
        "ipv4   | 50(.)6(.)80(.)163                     | 50.6.80.163",
        "ipv4   | ::ffff:81.177.165.31                  | 81.177.165.31",
        "ipv6   | 2001:DB8:0:0:0:0:0:1                  | 2001:db8::1",
        "ipv6   | [2001:db8::1]:443                     | 2001:db8::1",
        "ipv6   | 2001[:]db8[:][:]1                     | 2001:db8::1",
        "cidr   | 223.166.0.0/15                        | 223.166.0.0/15",
        "cidr   | 2001:DB8::/32                         | 2001:db8::/32",
        "cidr   | 192.0.2.7                             | 192.0.2.7/32",
        "domain | BE-STLINES-TORE.COM                   | be-stlines-tore.com",
        "domain | hugesoft[.]org.                       | hugesoft.org",
        "domain | arrowservice{.}net                    | arrowservice.net",
        "domain | msnhome[dot]org                       | msnhome.org",
        "domain | Bücher.example                        | xn--bcher-kva.example",
        "domain | xn----9sbmbsck6b1a4b0b.xn--p1ai        | xn----9sbmbsck6b1a4b0b.xn--p1ai",
        "domain | ArSiJa-51460.portmap.host             | arsija-51460.portmap.host",
        "domain | my_host.example.com:8080              | my_host.example.com",
        "url    | hxxp://be-stlines-tore[.]com/tr35esf  | http://be-stlines-tore.com/tr35esf",
        "url    | HXXPS://Gloverstech.COM/tJWz9/        | https://gloverstech.com/tJWz9/",
        "url    | http://150.241.83.5                   | http://150.241.83.5/",
        "url    | https://158.220.80.167:2967/          | https://158.220.80.167:2967/",
        "url    | http://117.209.87.242:60905/bin.sh    | http://117.209.87.242:60905/bin.sh",
        "url    | http://Example.COM:80/A?B=C#frag      | http://example.com/A?B=C",
        "url    | https://example.com:443?q=1           | https://example.com/?q=1",
        "url    | http://[2001:DB8::1]:8080/x           | http://[2001:db8::1]:8080/x",
        "url    | http://user:pw@EXAMPLE.com/p          | http://user:pw@example.com/p",
        "url    | http://bücher.example/Pfad            | http://xn--bcher-kva.example/Pfad",
        "url    | fxp://files.example.org/x.zip         | ftp://files.example.org/x.zip",
        "url    | http://evil.example\\@good.example/x  | http://evil.example/@good.example/x",
        "url    | http://a@evil.example@good.example/   | http://a@evil.example@good.example/",
        "url    | http[:]//orangebrands[.]co[.]tz/pgdfga//?5DSb=1707413069"
            + "| http://orangebrands.co.tz/pgdfga//?5DSb=1707413069",
        "md5    | F34888E54BB3F7A95FC262CEC94AFE84      | f34888e54bb3f7a95fc262cec94afe84",
        "sha1   | 028a9c612a1906765254ac0f4ff836bd5ff07a79"
            + "| 028a9c612a1906765254ac0f4ff836bd5ff07a79",
        "sha256 | Ca607e431062ee49a21d69d722750e5edbd8ffabcb54fa92b231814101756041"
            + "| ca607e431062ee49a21d69d722750e5edbd8ffabcb54fa92b231814101756041",
        "ja3    | B386946A5A44D1DDCC843BC75336DFCE      | b386946a5a44d1ddcc843bc75336dfce",
        "ja4    | T13D1516H2_8DAAF6152771_02713D6AF862  | t13d1516h2_8daaf6152771_02713d6af862",
        "asn    | AS64500                               | 64500",
        "asn    | asn 20473                             | 20473",
        "asn    | 63949                                 | 63949",
        "asn    | AS1.10                                | 65546",
        "email  | Someone@Example[.]COM                 | Someone@example.com",
        "email  | phish[at]evil(.)example               | phish@evil.example",
        "email  | mailto:info@bücher.example            | info@xn--bcher-kva.example",
    })
    void normalize_acceptedForms_giveTheCanonicalValue(String type, String raw, String expected) {
        Indicator indicator = IndicatorNormalizer.normalize(IndicatorType.parse(type), raw);

        assertThat(indicator.value()).isEqualTo(expected);
        assertThat(indicator.type()).isEqualTo(IndicatorType.parse(type));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "ipv4   | 010.1.1.1                | not an IPv4 address",
        "ipv4   | 256.1.1.1                | not an IPv4 address",
        "ipv4   | 1.2.3                    | not an IPv4 address",
        "ipv4   | 2001:db8::1              | IPv6 address",
        "ipv4   | 10.0.0.0/8               | CIDR block",
        "ipv4   | 1.2.3.4:99999            | above 65535",
        "ipv4   | example.com              | not an IPv4 address",
        "ipv6   | 192.0.2.1                | IPv4 address",
        "ipv6   | ::ffff:192.0.2.1         | IPv4-mapped",
        "ipv6   | fe80::1%eth0             | not an IPv6 address",
        "ipv6   | 2001:db8:::1             | not an IPv6 address",
        "cidr   | 10.1.2.3/8               | the block is 10.0.0.0/8",
        "cidr   | 2001:db8::1/32           | the block is 2001:db8::/32",
        "cidr   | 10.0.0.0/33              | from 0 to 32",
        "cidr   | evil.example/24          | not an IP address",
        "domain | localhost                | at least two labels",
        "domain | 192.0.2.1                | IP address",
        "domain | evil..example            | empty label",
        "domain | -evil.example            | hyphen",
        "domain | evil.123                 | all digits",
        "domain | evil.ex_ample            | underscore",
        "domain | ev!l.example             | '!'",
        "domain | *.evil.example           | '*'",
        "domain | http://evil.example/     | URL",
        "domain | evil.example/path        | no '/'",
        "url    | evil.example/login.php   | no scheme",
        "url    | http:///path             | no host",
        "url    | http://evil example/     | position 12",
        "url    | 1http://evil.example/    | not a URL scheme",
        "url    | http://evil.example:0x50/ | port",
        "url    | http://localhost/        | at least two labels",
        "md5    | f34888e54bb3f7a95fc262cec94afe8  | 31 hex digits; expected 32",
        "md5    | g34888e54bb3f7a95fc262cec94afe84 | other than hex digits",
        "sha1   | f34888e54bb3f7a95fc262cec94afe84 | 32 hex digits; expected 40",
        "sha256 | 028a9c612a1906765254ac0f4ff836bd5ff07a79 | 40 hex digits; expected 64",
        "ja3    | b386946a5a44d1ddcc843bc75336dfce00 | 34 hex digits; expected 32",
        "ja4    | t13d1516h2_8daaf615277_02713d6af862 | expected the form",
        "asn    | AS                       | expected AS followed by a number",
        "asn    | AS4294967296             | go up to 4294967295",
        "asn    | AS70000.1                | asdot",
        "email  | no-at-sign.example       | no '@'",
        "email  | @evil.example            | empty",
        "email  | a b@evil.example         | ' '",
        "email  | user@localhost           | at least two labels",
        "email  | user@[192.0.2.1]         | domain is not valid",
    })
    void normalize_wrongValue_namesValueTypeAndReason(String type, String raw, String reason) {
        assertThatThrownBy(() -> IndicatorNormalizer.normalize(IndicatorType.parse(type), raw))
                .isInstanceOf(InvalidIndicatorException.class)
                .hasMessageStartingWith("'" + raw + "' is not a valid " + type + ": ")
                .hasMessageContaining(reason);
    }

    @Test
    void normalize_emptyOrQuotedEmpty_isRejected() {
        assertThatThrownBy(() -> IndicatorNormalizer.normalize(IndicatorType.DOMAIN, " \"\" "))
                .isInstanceOf(InvalidIndicatorException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void normalize_controlCharacters_areEscapedInTheMessage() {
        assertThatThrownBy(() -> IndicatorNormalizer.normalize(IndicatorType.DOMAIN,
                "evil\u001b[31m.example"))
                .isInstanceOf(InvalidIndicatorException.class)
                .hasMessageContaining("\\u001b")
                .hasMessageNotContaining("\u001b");
    }

    @Test
    void normalize_hostileCidr_keepsTheMessageShortAndPrintable() {
        String raw = "10.0.0.0/\n" + "9".repeat(3_000);

        assertThatThrownBy(() -> IndicatorNormalizer.normalize(IndicatorType.CIDR, raw))
                .isInstanceOf(InvalidIndicatorException.class)
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(700));
    }

    @Test
    void normalize_longValue_isCutInTheMessage() {
        String raw = "a".repeat(5_000) + ".example";

        assertThatThrownBy(() -> IndicatorNormalizer.normalize(IndicatorType.DOMAIN, raw))
                .isInstanceOf(InvalidIndicatorException.class)
                .hasMessageContaining("(5008 characters)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
    }
}
