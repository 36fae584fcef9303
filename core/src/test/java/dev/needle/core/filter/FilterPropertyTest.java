package dev.needle.core.filter;

import static dev.needle.core.filter.AccessLogFields.ALL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.testing.Trials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Properties of the parser, printer and compiler over generated trees and text. */
class FilterPropertyTest {

    private static final int TREE_TRIES = 3000;
    private static final int TEXT_TRIES = 10_000;

    private final FilterCases trees = FilterCases.anyValues();

    @Test
    void printedFilter_parsesBackToTheSameTree(TestInfo test) {
        Trials.check(test, TREE_TRIES, trees::filters, FilterCases::describe, filter ->
                assertThat(FilterParser.parse(FilterPrinter.print(filter), ALL))
                        .isEqualTo(filter));
    }

    @Test
    void compiledFilter_hasOnePlaceholderPerParameter(TestInfo test) {
        Trials.check(test, TREE_TRIES, trees::filters, FilterCases::describe, filter -> {
            SqlFilter sql = FilterCompiler.compile(filter);

            assertThat(sql.sql().chars().filter(c -> c == '?').count())
                    .isEqualTo(sql.parameters().size());
        });
    }

    @Test
    void tokenSoup_parsesOrFailsWithSyntaxError(TestInfo test) {
        Trials.check(test, TEXT_TRIES, FilterCases::tokenSoup,
                FilterPropertyTest::assertParsesOrFailsCleanly);
    }

    @Test
    void characterSoup_parsesOrFailsWithSyntaxError(TestInfo test) {
        Trials.check(test, TEXT_TRIES, FilterCases::characterSoup,
                FilterPropertyTest::assertParsesOrFailsCleanly);
    }

    @Test
    void mutatedFilter_parsesOrFailsWithSyntaxError(TestInfo test) {
        Trials.check(test, TEXT_TRIES, FilterCases::mutatedFilters,
                FilterPropertyTest::assertParsesOrFailsCleanly);
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
