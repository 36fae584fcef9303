package dev.needle.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.net.IpAddress;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random filters, built from the values in {@link RequestRows}, select in DuckDB exactly the
 * rows that {@link RowEvaluator} picks in Java.
 */
class FilterDuckDbPropertyTest {

    private static RequestTable table;

    @BeforeContainer
    static void createTable() throws SQLException {
        table = RequestTable.of(RequestRows.ALL);
    }

    @AfterContainer
    static void dropTable() throws SQLException {
        table.close();
    }

    @Property(tries = 400)
    void duckDb_selectsTheRowsTheRulesSay(@ForAll("filtersOverTheRows") Filter filter)
            throws SQLException {
        List<Integer> expected = RequestRows.ALL.stream()
                .filter(row -> RowEvaluator.matches(filter, row))
                .map(RequestRow::id).toList();

        assertThat(table.select(FilterCompiler.compile(filter)))
                .as(FilterPrinter.print(filter))
                .isEqualTo(expected);
    }

    @Provide
    Arbitrary<Filter> filtersOverTheRows() {
        List<String> rowTexts = RequestRows.ALL.stream()
                .flatMap(row -> Stream.of(row.path(), row.ua(), row.country()))
                .filter(Objects::nonNull).distinct().toList();
        Arbitrary<String> texts = Arbitraries.oneOf(Arbitraries.of(rowTexts),
                Arbitraries.of("", "/", "/a", "b", "_", "%", "\\", "in", "x", "\""));
        Arbitrary<Long> numbers = Arbitraries.oneOf(
                Arbitraries.of(0L, 1L, 2L, 200L, 301L, 302L, 401L, 403L, 404L, 500L, 15169L),
                Arbitraries.longs());
        List<IpAddress> rowAddresses = RequestRows.ALL.stream().map(RequestRow::ip)
                .filter(Objects::nonNull).toList();
        Arbitrary<IpAddress> addresses = Arbitraries.oneOf(Arbitraries.of(rowAddresses),
                FilterArbitraries.anyAddresses());
        return new FilterArbitraries(texts, numbers, addresses).filters();
    }
}
