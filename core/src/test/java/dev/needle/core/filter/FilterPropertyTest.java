package dev.needle.core.filter;

import static dev.needle.core.filter.AccessLogFields.ALL;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FilterPropertyTest {

    @Property
    void printedFilter_parsesBackToTheSameTree(@ForAll("filters") Filter filter) {
        assertThat(FilterParser.parse(FilterPrinter.print(filter), ALL)).isEqualTo(filter);
    }

    @Property
    void compiledFilter_hasOnePlaceholderPerParameter(@ForAll("filters") Filter filter) {
        SqlFilter sql = FilterCompiler.compile(filter);

        assertThat(sql.sql().chars().filter(c -> c == '?').count())
                .isEqualTo(sql.parameters().size());
    }

    @Property(tries = 3000)
    void tokenSoup_parsesOrFailsWithSyntaxError(@ForAll("tokenSoup") String text) {
        assertParsesOrFailsCleanly(text);
    }

    @Property(tries = 3000)
    void characterSoup_parsesOrFailsWithSyntaxError(@ForAll("characterSoup") String text) {
        assertParsesOrFailsCleanly(text);
    }

    @Property(tries = 3000)
    void mutatedFilter_parsesOrFailsWithSyntaxError(@ForAll("mutatedFilters") String text) {
        assertParsesOrFailsCleanly(text);
    }

    @Provide
    Arbitrary<String> mutatedFilters() {
        return FilterArbitraries.mutatedFilters();
    }

    @Provide
    Arbitrary<Filter> filters() {
        return FilterArbitraries.anyValues().filters();
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return FilterArbitraries.tokenSoup();
    }

    @Provide
    Arbitrary<String> characterSoup() {
        return FilterArbitraries.characterSoup();
    }

    /** Anything other than a FilterSyntaxException escapes and fails the property. */
    private static void assertParsesOrFailsCleanly(String text) {
        Filter filter;
        try {
            filter = FilterParser.parse(text, ALL);
        } catch (FilterSyntaxException e) {
            assertThat(e.column()).isBetween(1, text.length() + 1);
            assertThat(e.getMessage()).startsWith("column " + e.column() + ": ");
            return;
        }
        assertThat(FilterParser.parse(FilterPrinter.print(filter), ALL)).isEqualTo(filter);
        assertThat(FilterCompiler.compile(filter).sql()).isNotBlank();
    }
}
