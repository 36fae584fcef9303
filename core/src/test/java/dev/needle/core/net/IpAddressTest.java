package dev.needle.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @ParameterizedTest
    @CsvSource({
        "1.2.3.4, 1.2.3.4",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "::ffff:1.2.3.4, 1.2.3.4",
        "::FFFF:0102:0304, 1.2.3.4",
        "::, ::",
        "::1, ::1",
        "1::, 1::",
        "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
        "2001:0db8:0000:0000:0001:0000:0000:0001, 2001:db8::1:0:0:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "2001:db8::0:1, 2001:db8::1",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "fe80:0:0:0:0:0:0:0, fe80::",
        "::1.2.3.4, ::102:304",
        "64:ff9b::192.0.2.33, 64:ff9b::c000:221",
        "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255, ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    })
    void parse_validLiteral_writesCanonicalText(String text, String canonical) {
        assertThat(IpAddress.parse(text).canonical()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.04", "1..2.3", "1.2.3.",
        ".1.2.3", "1.2.3.4 ", "a.b.c.d", "-1.2.3.4", "1.2.3.4/32", ":", ":::", "1:", ":1",
        "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "1:2:3:4:5:6:7::8",
        "::ffff:1.2.3", "1.2.3.4::", "fe80::1%eth0", "[::1]", "g::1", "1:2:3:4:5:6:7:1.2.3.4",
        "localhost", "example.com",
    })
    void tryParse_invalidLiteral_returnsEmpty(String text) {
        assertThat(IpAddress.tryParse(text)).isEmpty();
    }

    @Test
    void parse_invalidLiteral_namesTheText() {
        assertThatThrownBy(() -> IpAddress.parse("10.0.0.300"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'10.0.0.300'");
    }

    @Test
    void ipv4_isMappedIntoTheIpv6Space() {
        IpAddress address = IpAddress.parse("192.0.2.1");

        assertThat(address.isIpv4()).isTrue();
        assertThat(address.high()).isZero();
        assertThat(address.low()).isEqualTo(0x0000_ffff_c000_0201L);
        assertThat(address).isEqualTo(IpAddress.parse("::ffff:c000:201"));
    }

    @Test
    void sortableColumns_flipTheSignBit() {
        IpAddress address = IpAddress.parse("8000::1");

        assertThat(address.sortableHigh()).isEqualTo(0L);
        assertThat(address.sortableLow()).isEqualTo(Long.MIN_VALUE + 1);
        assertThat(IpAddress.ofSortable(address.sortableHigh(), address.sortableLow()))
                .isEqualTo(address);
    }

    @Test
    void sortableColumns_orderAddressesLikeUnsignedNumbers() {
        IpAddress low = IpAddress.parse("7fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
        IpAddress high = IpAddress.parse("8000::");

        assertThat(low).isLessThan(high);
        assertThat(low.sortableHigh()).isLessThan(high.sortableHigh());
    }
}
