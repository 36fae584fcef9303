package dev.needle.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GeneratorOptionsTest {

    @Test
    void parse_onlyOut_takesDefaults() {
        GeneratorOptions options = GeneratorOptions.parse("--out", "x.log");

        assertThat(options).isEqualTo(new GeneratorOptions(GeneratorOptions.DEFAULT_SEED_LOG,
                Path.of("x.log"), 1_000_000, Duration.ofDays(30), 1, 200_000, 1_000));
    }

    @Test
    void parse_bothSpellings_readsEveryOption() {
        GeneratorOptions options = GeneratorOptions.parse("--out=o.log", "--lines", "10_000_000",
                "--seed-log=s.log", "--span-days", "7", "--seed=-5", "--population", "10",
                "--path-ids=3");

        assertThat(options).isEqualTo(new GeneratorOptions(Path.of("s.log"), Path.of("o.log"),
                10_000_000, Duration.ofDays(7), -5, 10, 3));
    }

    @Test
    void parse_lineCountNotANumber_namesOptionAndValue() {
        assertThatThrownBy(() -> GeneratorOptions.parse("--out", "x", "--lines", "10M"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--lines: expected a whole number, got '10M'");
    }

    @Test
    void parse_zeroSpan_namesRange() {
        assertThatThrownBy(() -> GeneratorOptions.parse("--out", "x", "--span-days", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--span-days: expected 1 to 36500, got 0");
    }

    @Test
    void parse_unknownOption_listsValidOnes() {
        assertThatThrownBy(() -> GeneratorOptions.parse("--out", "x", "--rows", "5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown option '--rows'; expected one of [--out");
    }

    @Test
    void parse_withoutOut_saysItIsRequired() {
        assertThatThrownBy(() -> GeneratorOptions.parse("--lines", "5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--out is required");
    }

    @Test
    void parse_optionWithoutValue_namesIt() {
        assertThatThrownBy(() -> GeneratorOptions.parse("--out", "x", "--seed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--seed: missing value");
    }
}
