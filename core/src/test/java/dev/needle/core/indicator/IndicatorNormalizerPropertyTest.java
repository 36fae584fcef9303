package dev.needle.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.testing.CaseRandom;
import dev.needle.core.testing.Trials;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class IndicatorNormalizerPropertyTest {

    private static final String ANY_TEXT = "abcXYZ019.:/[]()@-_ %\\\"'\u00e9\u00fc\u200b\t\nhxp";

    private static String domain(CaseRandom random) {
        List<String> labels = random.list(1, 4,
                r -> "a" + r.string("abcdefghijKLMNOP0123456789", 19));
        return String.join(".", labels) + "."
                + random.pick("com", "org", "EXAMPLE", "xn--p1ai", "co.tz");
    }

    private static String path(CaseRandom random) {
        return "/" + random.string("abcXYZ019/_-?=&%.", 30);
    }

    @Test
    void canonicalDomain_isAFixedPoint(TestInfo test) {
        Trials.check(test, 2_000, IndicatorNormalizerPropertyTest::domain, domain -> {
            Indicator once = IndicatorNormalizer.normalize(IndicatorType.DOMAIN, domain);
            Indicator twice = IndicatorNormalizer.normalize(IndicatorType.DOMAIN, once.value());

            assertThat(twice).isEqualTo(once);
            assertThat(once.value()).isLowerCase().doesNotEndWith(".");
        });
    }

    @Test
    void defangedUrl_normalizesLikeTheLiveOne(TestInfo test) {
        Trials.check(test, 2_000, r -> List.of(domain(r), path(r)), pair -> {
            String host = pair.get(0);
            String path = pair.get(1);
            String live = "http://" + host + path;
            String defanged = "hxxp[:]//" + host.replace(".", "[.]") + path;

            assertThat(IndicatorNormalizer.normalize(IndicatorType.URL, defanged))
                    .isEqualTo(IndicatorNormalizer.normalize(IndicatorType.URL, live));
        });
    }

    @Test
    void detect_findsTheTypeOfEveryCanonicalIpv4(TestInfo test) {
        Trials.check(test, 5_000, CaseRandom::anyInt, bits -> {
            String dotted = ((bits >>> 24) & 0xff) + "." + ((bits >>> 16) & 0xff) + "."
                    + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);

            assertThat(IndicatorNormalizer.detect(dotted))
                    .contains(new Indicator(IndicatorType.IPV4, dotted));
        });
    }

    @Test
    void normalize_arbitraryText_eitherNormalizesOrThrowsTheTypedException(TestInfo test) {
        Trials.check(test, 10_000,
                r -> List.of(r.string(ANY_TEXT, 40), r.pick(IndicatorType.values()).label()),
                pair -> {
                    String raw = pair.get(0);
                    IndicatorType type = IndicatorType.parse(pair.get(1));
                    try {
                        Indicator indicator = IndicatorNormalizer.normalize(type, raw);
                        assertThat(IndicatorNormalizer.normalize(type, indicator.value()))
                                .isEqualTo(indicator);
                    } catch (InvalidIndicatorException e) {
                        assertThat(e.getMessage()).contains("is not a valid " + type.label());
                    }
                });
    }
}
