package dev.needle.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.core.net.IpAddress;
import dev.needle.core.net.IpCases;
import dev.needle.core.testing.CaseRandom;
import dev.needle.core.testing.Trials;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Random filters, built from the values in {@link RequestRows}, select in DuckDB exactly the
 * rows that {@link RowEvaluator} picks in Java.
 */
class FilterDuckDbPropertyTest {

    private static final int TRIES = 1000;

    /** Texts of the rows, so that comparisons hit as well as miss. */
    private static final List<String> ROW_TEXTS = RequestRows.ALL.stream()
            .flatMap(row -> Stream.of(row.path(), row.ua(), row.country()))
            .filter(Objects::nonNull).distinct().toList();

    /** Texts that LIKE, quoting and prefix matching could get wrong. */
    private static final List<String> TRICKY_TEXTS = List.of("", "/", "/a", "b", "_", "%", "\\",
            "in", "x", "\"");

    /** The rows' numbers and their neighbours. */
    private static final List<Long> ROW_NUMBERS = List.of(0L, 1L, 2L, 200L, 301L, 302L, 401L,
            403L, 404L, 500L, 15169L);

    private static final List<IpAddress> ROW_ADDRESSES = RequestRows.ALL.stream()
            .map(RequestRow::ip).filter(Objects::nonNull).toList();

    private static RequestTable table;

    private final FilterCases overTheRows = new FilterCases(
            random -> random.pick(random.coin() ? ROW_TEXTS : TRICKY_TEXTS),
            random -> random.coin() ? random.pick(ROW_NUMBERS) : random.anyLong(),
            FilterDuckDbPropertyTest::address);

    @BeforeAll
    static void createTable() throws SQLException {
        table = RequestTable.of(RequestRows.ALL);
    }

    @AfterAll
    static void dropTable() throws SQLException {
        table.close();
    }

    @Test
    void duckDb_selectsTheRowsTheRulesSay(TestInfo test) {
        Trials.check(test, TRIES, overTheRows::filters, FilterCases::describe, filter -> {
            List<Integer> expected = RequestRows.ALL.stream()
                    .filter(row -> RowEvaluator.matches(filter, row))
                    .map(RequestRow::id).toList();

            assertThat(table.select(FilterCompiler.compile(filter))).isEqualTo(expected);
        });
    }

    private static IpAddress address(CaseRandom random) {
        return random.coin() ? random.pick(ROW_ADDRESSES) : IpCases.addresses(random);
    }
}
