package dev.needle.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IndicatorNormalizerPropertyTest {

    @Property
    void canonicalDomain_isAFixedPoint(@ForAll("domains") String domain) {
        Indicator once = IndicatorNormalizer.normalize(IndicatorType.DOMAIN, domain);
        Indicator twice = IndicatorNormalizer.normalize(IndicatorType.DOMAIN, once.value());

        assertThat(twice).isEqualTo(once);
        assertThat(once.value()).isLowerCase().doesNotEndWith(".");
    }

    @Property
    void defangedUrl_normalizesLikeTheLiveOne(@ForAll("domains") String host,
            @ForAll("paths") String path) {
        String live = "http://" + host + path;
        String defanged = "hxxp[:]//" + host.replace(".", "[.]") + path;

        assertThat(IndicatorNormalizer.normalize(IndicatorType.URL, defanged))
                .isEqualTo(IndicatorNormalizer.normalize(IndicatorType.URL, live));
    }

    @Property
    void detect_findsTheTypeOfEveryCanonicalIpv4(@ForAll int bits) {
        String dotted = ((bits >>> 24) & 0xff) + "." + ((bits >>> 16) & 0xff) + "."
                + ((bits >>> 8) & 0xff) + "." + (bits & 0xff);

        assertThat(IndicatorNormalizer.detect(dotted))
                .contains(new Indicator(IndicatorType.IPV4, dotted));
    }

    @Property
    void normalize_arbitraryText_eitherNormalizesOrThrowsTheTypedException(
            @ForAll String raw, @ForAll IndicatorType type) {
        try {
            Indicator indicator = IndicatorNormalizer.normalize(type, raw);
            assertThat(IndicatorNormalizer.normalize(type, indicator.value()))
                    .isEqualTo(indicator);
        } catch (InvalidIndicatorException e) {
            assertThat(e.getMessage()).contains("is not a valid " + type.label());
        }
    }

    @Provide
    Arbitrary<String> domains() {
        Arbitrary<String> label = Arbitraries.strings().withChars("abcdefghijKLMNOP0123456789")
                .ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> tld = Arbitraries.of("com", "org", "EXAMPLE", "xn--p1ai", "co.tz");
        return Combinators.combine(label.list().ofMinSize(1).ofMaxSize(4), tld)
                .as((labels, top) -> String.join(".", labels) + "." + top);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withChars("abcXYZ019/_-?=&%.")
                .ofMaxLength(30).map(p -> "/" + p);
    }
}
