package dev.needle.intel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.feed.StixPattern.Comparison;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StixPatternTest {

    @Test
    void comparisons_quotedHashKey_isPartOfThePath() {
        List<Comparison> found = StixPattern.comparisons(
                "[file:hashes.'SHA-256' = 'bedf30bbcefc54bc48432674255856f47c0ba2ec46e913d078a"
                        + "53e66ac9dcff8']");

        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("file:hashes.SHA-256");
            assertThat(c.operator()).isEqualTo("=");
        });
        assertThat(StixValues.of(found.getFirst())).singleElement()
                .satisfies(v -> assertThat(v.type()).isEqualTo(IndicatorType.SHA256));
    }

    @Test
    void comparisons_orAndQualifiers_yieldEachComparison() {
        List<Comparison> found = StixPattern.comparisons("([ipv4-addr:value = '198.51.100.1'"
                + " OR ipv4-addr:value ISSUBSET '203.0.113.0/24'] AND [url:value = "
                + "'http://a.example/x\\'y']) WITHIN 600 SECONDS");

        assertThat(found).extracting(Comparison::path, Comparison::operator)
                .containsExactly(tuple("ipv4-addr:value", "="),
                        tuple("ipv4-addr:value", "ISSUBSET"), tuple("url:value", "="));
        assertThat(found.get(2).values()).containsExactly("http://a.example/x'y");
        assertThat(StixValues.of(found.get(1)).getFirst().type()).isEqualTo(IndicatorType.CIDR);
    }

    @Test
    void comparisons_inSet_yieldsEveryValue() {
        List<Comparison> found = StixPattern.comparisons(
                "[domain-name:value IN ('a.example', 'b.example')]");

        assertThat(StixValues.of(found.getFirst())).extracting(StixValue::raw)
                .containsExactly("a.example", "b.example");
    }

    @Test
    void comparisons_negatedOrFuzzy_keepNothing() {
        List<Comparison> found = StixPattern.comparisons("[domain-name:value NOT = 'a.example'"
                + " AND url:value MATCHES '^http' AND domain-name:value LIKE '%.example']");

        assertThat(found).hasSize(3).allSatisfy(c -> assertThat(StixValues.of(c)).isEmpty());
        assertThat(found.getFirst().negated()).isTrue();
    }

    @Test
    void comparisons_networkTrafficAddress_takesTheFamilyOfTheValue() {
        List<Comparison> found = StixPattern.comparisons(
                "[network-traffic:dst_ref.value = '2001:db8::7'"
                        + " AND network-traffic:dst_port = 443]");

        assertThat(StixValues.of(found.getFirst())).singleElement()
                .satisfies(v -> assertThat(v.type()).isEqualTo(IndicatorType.IPV6));
        assertThat(StixValues.of(found.get(1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[domain-name:value = 'open", "[domain-name:value ~ 'a']",
        "[domain-name:value =]", "[file:hashes.'MD5 = 'x']", "[domain-name:value IN ('a'"})
    void comparisons_malformedPattern_isRejectedWithAReason(String pattern) {
        assertThatThrownBy(() -> StixPattern.comparisons(pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching(".*(position|closed|ends|operator).*");
    }
}
