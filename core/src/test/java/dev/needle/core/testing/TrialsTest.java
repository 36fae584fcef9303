package dev.needle.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class TrialsTest {

    @Test
    void check_failingCase_reportsSeedTryAndInput(TestInfo test) {
        long seed = Trials.seed();

        assertThatThrownBy(() -> Trials.check(test, 1000, random -> random.intBetween(0, 9),
                n -> assertThat(n).isLessThan(9)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("TrialsTest.check_failingCase_reportsSeedTryAndInput "
                        + "failed on try ")
                .hasMessageContaining(" of 1000\n")
                .hasMessageContaining("seed:    " + seed + " (replay with -Dneedle.test.seed="
                        + seed + ")")
                .hasMessageContaining("input:   9\n")
                .hasMessageContaining("to be less than:")
                .cause().isInstanceOf(AssertionError.class);
    }

    @Test
    void check_failingStringCase_showsItQuotedAndEscaped(TestInfo test) {
        assertThatThrownBy(() -> Trials.check(test, 10, random -> "a\"b\\\t\u00e9",
                text -> assertThat(text).isEmpty()))
                .hasMessageContaining("input:   \"a\\\"b\\\\\\u0009\\u00e9\"\n");
    }

    @Test
    void check_exceptionInProperty_failsWithTheCase(TestInfo test) {
        assertThatThrownBy(() -> Trials.check(test, 10, random -> "x", text -> {
            throw new IllegalStateException("broken on " + text);
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("input:   \"x\"")
                .hasMessageContaining("failure: java.lang.IllegalStateException: broken on x");
    }

    @Test
    void check_generatorThatThrows_reportsTheSeed(TestInfo test) {
        assertThatThrownBy(() -> Trials.check(test, 10, random -> random.pick(List.of()),
                value -> assertThat(value).isNotNull()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("could not draw try 1 with seed " + Trials.seed())
                .hasMessageContaining("nothing to pick from");
    }

    @Test
    void check_sameSeedAndTest_drawsTheSameCases(TestInfo test) {
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();

        Trials.check(test, 200, CaseRandom::anyLong, first::add);
        Trials.check(test, 200, CaseRandom::anyLong, second::add);

        assertThat(first).hasSize(200).isEqualTo(second);
        assertThat(first.stream().distinct().count()).isGreaterThan(100);
    }

    @Test
    void seedFrom_absentOrBlank_isTheDefault() {
        assertThat(Trials.seedFrom(null)).isEqualTo(Trials.DEFAULT_SEED);
        assertThat(Trials.seedFrom(" ")).isEqualTo(Trials.DEFAULT_SEED);
    }

    @Test
    void seedFrom_decimal_isThatNumber() {
        assertThat(Trials.seedFrom(" -42 ")).isEqualTo(-42L);
    }

    @Test
    void seedFrom_notANumber_namesThePropertyAndValue() {
        assertThatThrownBy(() -> Trials.seedFrom("0x1f"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("system property needle.test.seed='0x1f' is not a decimal whole "
                        + "number");
    }
}
