package dev.needle.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

    @Test
    void parse_ipv4Block_coversItsRange() {
        Cidr block = Cidr.parse("10.0.0.0/8");

        assertThat(block.prefixLength()).isEqualTo(104);
        assertThat(block.first()).isEqualTo(IpAddress.parse("10.0.0.0"));
        assertThat(block.last()).isEqualTo(IpAddress.parse("10.255.255.255"));
        assertThat(block.contains(IpAddress.parse("10.20.30.40"))).isTrue();
        assertThat(block.contains(IpAddress.parse("11.0.0.0"))).isFalse();
        assertThat(block.contains(IpAddress.parse("::a00:1"))).isFalse();
        assertThat(block).hasToString("10.0.0.0/8");
    }

    @Test
    void parse_ipv6Block_coversItsRange() {
        Cidr block = Cidr.parse("2001:DB8::/32");

        assertThat(block.first()).isEqualTo(IpAddress.parse("2001:db8::"));
        assertThat(block.last())
                .isEqualTo(IpAddress.parse("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff"));
        assertThat(block.contains(IpAddress.parse("2001:db8:1::7"))).isTrue();
        assertThat(block.contains(IpAddress.parse("2001:db9::"))).isFalse();
        assertThat(block).hasToString("2001:db8::/32");
    }

    @Test
    void parse_singleAddress_isABlockOfOne() {
        Cidr block = Cidr.parse("192.0.2.7");

        assertThat(block.first()).isEqualTo(block.last());
        assertThat(block).hasToString("192.0.2.7/32");
    }

    @Test
    void parse_zeroPrefix_coversEveryAddressOfItsFamily() {
        assertThat(Cidr.parse("0.0.0.0/0").contains(IpAddress.parse("255.1.2.3"))).isTrue();
        assertThat(Cidr.parse("0.0.0.0/0").contains(IpAddress.parse("2001:db8::1"))).isFalse();
        assertThat(Cidr.parse("::/0").contains(IpAddress.parse("2001:db8::1"))).isTrue();
    }

    @Test
    void parse_hostBitsSet_namesTheNetwork() {
        assertThatThrownBy(() -> Cidr.parse("10.1.2.3/8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'10.1.2.3/8'")
                .hasMessageContaining("10.0.0.0/8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/8/8",
        "10.0.0/8", "::/129", "::/0x10", "/8", "10.0.0.0/ 8", "10.0.0.0/0008"})
    void parse_invalidBlock_isRejected(String text) {
        assertThatThrownBy(() -> Cidr.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
        assertThat(Cidr.tryParse(text)).isEmpty();
    }
}
