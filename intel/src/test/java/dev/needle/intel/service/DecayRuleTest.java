package dev.needle.intel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.needle.core.indicator.IndicatorType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The decay formula and policy lookup. */
class DecayRuleTest {

    private static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void score_afterHalfLives_halvesEachTime() {
        DecayRule rule = DecayRule.halfLife(Duration.ofDays(14));

        assertThat(rule.score(80, 0)).isEqualTo(80.0);
        assertThat(rule.score(80, 14 * DAY)).isCloseTo(40.0, within(1e-9));
        assertThat(rule.score(80, 28 * DAY)).isCloseTo(20.0, within(1e-9));
        assertThat(rule.score(80, -3 * DAY)).isEqualTo(80.0);
        assertThat(rule.expired(rule.score(80, 56 * DAY))).isFalse();
        assertThat(rule.expired(rule.score(80, 70 * DAY))).isTrue();
    }

    @Test
    void standardPolicy_givesEachTypeItsHalfLife() {
        DecayPolicy policy = DecayPolicy.standard();

        assertThat(policy.ruleFor(IndicatorType.IPV4).halfLife()).isEqualTo(Duration.ofDays(14));
        assertThat(policy.ruleFor(IndicatorType.SHA256).halfLife())
                .isEqualTo(Duration.ofDays(365));
        assertThat(policy.ruleFor(IndicatorType.DOMAIN).halfLife())
                .isEqualTo(Duration.ofDays(30));
    }

    @Test
    void rule_nonPositiveHalfLife_isRejected() {
        assertThatThrownBy(() -> DecayRule.halfLife(Duration.ZERO))
                .hasMessage("half-life PT0S must be positive");
    }
}
