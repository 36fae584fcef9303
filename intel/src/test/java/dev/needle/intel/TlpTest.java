package dev.needle.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TlpTest {

    @Test
    void parse_labelsPrefixesAndTlp1White_giveTheMarking() {
        assertThat(Tlp.parse("amber+strict")).isEqualTo(Tlp.AMBER_STRICT);
        assertThat(Tlp.parse(" TLP:RED ")).isEqualTo(Tlp.RED);
        assertThat(Tlp.parse("white")).isEqualTo(Tlp.CLEAR);
    }

    @Test
    void parse_enumNameOrUrlDecodedPlus_readAsAmberStrict() {
        assertThat(Tlp.parse("AMBER_STRICT")).isEqualTo(Tlp.AMBER_STRICT);
        assertThat(Tlp.parse("amber strict")).isEqualTo(Tlp.AMBER_STRICT);
        assertThat(Tlp.parse("tlp:amber strict")).isEqualTo(Tlp.AMBER_STRICT);
    }

    @Test
    void parse_unknownMarking_namesItAndTheLabels() {
        assertThatThrownBy(() -> Tlp.parse("purple"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown TLP 'purple'; expected clear, green, amber, amber+strict or"
                        + " red");
    }
}
