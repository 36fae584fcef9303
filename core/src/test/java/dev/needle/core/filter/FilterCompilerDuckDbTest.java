package dev.needle.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs compiled filters against a real in-memory DuckDB table of {@link RequestRows}. */
class FilterCompilerDuckDbTest {

    private static RequestTable table;

    @BeforeAll
    static void createTable() throws SQLException {
        table = RequestTable.of(RequestRows.ALL);
    }

    @AfterAll
    static void dropTable() throws SQLException {
        table.close();
    }

    @ParameterizedTest(name = "{0} selects {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', textBlock = """
            path = /login                              => 1
            path = /admin*                             => 2 9
            path = "/100%_done"                        => 4
            path = /100%*                              => 4
            path = /100_*                              => none
            path = /a_b                                => 6
            path = /a_*                                => 6
            path = /a\\*b                              => 7
            path = /a*b                                => 6 7
            path != /a*b                               => 1 2 3 4 5 8 9
            path in (/login, /wp-*)                    => 1 3
            ua = "'; drop table x; --"                 => 5
            ua = "say \\"hi\\""                        => 4
            ua = "back\\\\slash"                       => 6
            ua = ""                                    => 8
            ua ~ "curl|python"                         => 1 3
            ua ~ "(?i)MOZILLA"                         => 2
            ua ~ "^b"                                  => 6 9
            ua !~ "curl|python"                        => 2 4 5 6 7 8 9
            status in (401, 403)                       => 2 4
            status not in (401, 403)                   => 1 3 5 6 7 8 9
            status >= 400 and status < 500             => 2 3 4
            status != 200                              => 2 3 4 5 7 8 9
            not status = 200                           => 2 3 4 5 7 8 9
            status > 300 or status <= 200              => 1 2 3 4 5 6 8 9
            country != US                              => 2 3 4 7 8 9
            country in (DE, FR)                        => 2 4
            asn = 15169                                => 1 6
            not asn in (15169)                         => 2 3 4 5 7 8 9
            ip = 10.1.2.3                              => 1
            ip = ::FFFF:10.1.2.3                       => 1
            ip = 2001:DB8:0::1                         => 4
            ip != 10.1.2.3                             => 2 3 4 5 6 7 8 9
            ip in 10.0.0.0/8                           => 1 2
            ip in 10.1.2.0/24                          => 1
            ip in 0.0.0.0/0                            => 1 2 3 6
            ip in 2001:db8::/32                        => 4
            ip in 2001:db8::1/128                      => 4
            ip in 8000::/1                             => 8
            ip in ::/1                                 => 1 2 3 4 5 6 9
            ip in 7fff::/16                            => 9
            ip in (8000::1, 11.0.0.0/8)                => 3 8
            not ip in 10.0.0.0/8                       => 3 4 5 6 7 8 9
            (status = 200 or status = 404) and not path = /login => 3 6
            not (country = US or ip in 10.0.0.0/8)     => 3 4 7 8 9
            """)
    void compiledFilter_selectsTheExpectedRows(String filter, String expectedIds)
            throws SQLException {
        List<Integer> expected = expectedIds.equals("none") ? List.of()
                : Arrays.stream(expectedIds.split(" +")).map(Integer::valueOf).toList();

        assertThat(select(filter)).isEqualTo(expected);
    }

    @Test
    void hostileValues_areBoundNotInterpolated() throws SQLException {
        SqlFilter sql = compile("ua = \"'; drop table requests; --\" or path = \"x' OR '1'='1\"");

        assertThat(sql.sql()).doesNotContain("drop").doesNotContain("'1'");
        assertThat(table.select(sql)).isEmpty();
        assertThat(table.count()).isEqualTo(RequestRows.ALL.size());
    }

    @Test
    void compile_glob_escapesLikeWildcards() {
        SqlFilter sql = compile("path = /100%_\\\\*");

        assertThat(sql.sql()).isEqualTo("path LIKE ? ESCAPE '\\'");
        assertThat(sql.parameters()).containsExactly("/100\\%\\_\\\\%");
    }

    @Test
    void compile_cidr_testsTheSortableColumns() {
        SqlFilter sql = compile("ip in 10.0.0.0/8");

        assertThat(sql.sql()).isEqualTo("(ip_hi = ? AND ip_lo BETWEEN ? AND ?)");
        assertThat(sql.parameters()).containsExactly(Long.MIN_VALUE,
                0x0000_ffff_0a00_0000L ^ Long.MIN_VALUE, 0x0000_ffff_0aff_ffffL ^ Long.MIN_VALUE);
    }

    @Test
    void compile_negation_keepsRowsWithoutTheField() {
        SqlFilter sql = compile("country != US");

        assertThat(sql.sql()).isEqualTo("(country IS NULL OR NOT (country = ?))");
        assertThat(sql.parameters()).containsExactly("US");
    }

    @Test
    void matchAll_selectsEveryRow() throws SQLException {
        assertThat(table.select(SqlFilter.matchAll())).hasSize(RequestRows.ALL.size());
    }

    private static List<Integer> select(String filter) throws SQLException {
        return table.select(compile(filter));
    }

    private static SqlFilter compile(String filter) {
        return FilterCompiler.compile(FilterParser.parse(filter, AccessLogFields.ALL));
    }
}
