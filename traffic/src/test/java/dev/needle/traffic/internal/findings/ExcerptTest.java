package dev.needle.traffic.internal.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void of_plainPath_isUnchanged() {
        assertThat(Excerpt.of("/login_form?x=<b>")).isEqualTo("/login_form?x=<b>");
    }

    @Test
    void of_controlAndBidiCharacters_areReplaced() {
        assertThat(Excerpt.of("/a\nb\u202Ec\u0000d\u2028e"))
                .isEqualTo("/a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    }

    @Test
    void of_longValue_isCutWithAnEllipsis() {
        String cut = Excerpt.of("/" + "x".repeat(200));

        assertThat(cut).hasSize(Excerpt.MAX_CODE_POINTS + 1).endsWith("x\u2026");
    }

    @Test
    void of_valueOfExactlyTheLimit_isNotCut() {
        String value = "\uD83D\uDE00".repeat(Excerpt.MAX_CODE_POINTS);

        assertThat(Excerpt.of(value)).isEqualTo(value);
    }
}
