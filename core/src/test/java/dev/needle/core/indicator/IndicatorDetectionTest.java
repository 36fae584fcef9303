package dev.needle.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorDetectionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "192.9.135[.]73                     | ipv4   | 192.9.135.73",
        "193.161.193.99:36102               | ipv4   | 193.161.193.99",
        "2001:DB8::1                        | ipv6   | 2001:db8::1",
        "[2001:db8::1]:443                  | ipv6   | 2001:db8::1",
        "58.246.0.0/15                      | cidr   | 58.246.0.0/15",
        "2001:db8::/32                      | cidr   | 2001:db8::/32",
        "hxxp://be-stlines-tore[.]com/tr35esf | url  | http://be-stlines-tore.com/tr35esf",
        "ftp://files.example.org/a          | url    | ftp://files.example.org/a",
        "phish[at]evil[.]example            | email  | phish@evil.example",
        "mailto:Info@Example.COM            | email  | Info@example.com",
        "AS64500                            | asn    | 64500",
        "as20473                            | asn    | 20473",
        "f34888e54bb3f7a95fc262cec94afe84   | md5    | f34888e54bb3f7a95fc262cec94afe84",
        "028A9C612A1906765254AC0F4FF836BD5FF07A79 | sha1"
            + "| 028a9c612a1906765254ac0f4ff836bd5ff07a79",
        "t13d1516h2_8daaf6152771_02713d6af862 | ja4  | t13d1516h2_8daaf6152771_02713d6af862",
        "r.ciberseguridad-eia.xyz           | domain | r.ciberseguridad-eia.xyz",
        "polly.ru.com.                      | domain | polly.ru.com",
        "xn----ctbvdhakkrgv2h.xn--p1ai      | domain | xn----ctbvdhakkrgv2h.xn--p1ai",
        "Bücher.example                     | domain | xn--bcher-kva.example",
    })
    void detect_realValues_guessTypeAndCanonicalForm(String raw, String type, String value) {
        assertThat(IndicatorNormalizer.detect(raw))
                .contains(new Indicator(IndicatorType.parse(type), value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ca607e431062ee49a21d69d722750e5edbd8ffabcb54fa92b231814101756041 | sha256",
        "b386946a5a44d1ddcc843bc75336dfce | md5",
    })
    void detect_hashLengths_pickTheHashType(String raw, String type) {
        assertThat(IndicatorNormalizer.detect(raw))
                .hasValueSatisfying(i -> assertThat(i.type()).isEqualTo(IndicatorType.parse(type)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "hello", "64500", "not an indicator",
        "10.1.2.3/8", "256.1.1.1", "010.1.1.1", "evil.example/login.php", "a@b", "abcdef",
        "f34888e54bb3f7a95fc262cec94afe8", "evil.123", "C:\\Windows\\update.exe",
        "Win32/Agent.ZWH", "esxcli vm process list", ".README_TO_RESTORE", "_dmarc"})
    void detect_nonIndicators_areEmpty(String raw) {
        assertThat(IndicatorNormalizer.detect(raw)).isEmpty();
    }
}
