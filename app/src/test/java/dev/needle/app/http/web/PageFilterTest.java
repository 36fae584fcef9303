package dev.needle.app.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page's URL state: clauses as repeated where parameters and the time bounds. */
class PageFilterTest {

    private static final PageFilter IP_AND_STATUS = new PageFilter(
            List.of("ip = \"66.249.73.135\"", "status = 404"),
            Optional.of("2015-05-17T00:00:00Z"), Optional.empty());

    @Test
    void href_clausesAndSince_encodesEachAsParameter() {
        assertThat(IP_AND_STATUS.href()).isEqualTo("/?where=ip+%3D+%2266.249.73.135%22"
                + "&where=status+%3D+404&since=2015-05-17T00%3A00%3A00Z");
    }

    @Test
    void href_nothing_isTheBarePage() {
        assertThat(new PageFilter(List.of(), Optional.empty(), Optional.empty()).href())
                .isEqualTo("/");
    }

    @Test
    void where_twoClauses_requiresBoth() {
        assertThat(IP_AND_STATUS.where())
                .isEqualTo("(ip = \"66.249.73.135\") and (status = 404)");
    }

    @Test
    void with_clauseAlreadyThere_keepsOneCopy() {
        assertThat(IP_AND_STATUS.with("status = 404").clauses()).hasSize(2);
    }

    @Test
    void without_firstClause_keepsTheRestAndTheTimes() {
        PageFilter rest = IP_AND_STATUS.without(0);

        assertThat(rest.clauses()).containsExactly("status = 404");
        assertThat(rest.since()).hasValue("2015-05-17T00:00:00Z");
    }

    @Test
    void constructor_blankClausesAndTimes_areDropped() {
        PageFilter filter = new PageFilter(List.of(" ", "status = 404 "), Optional.of(""),
                Optional.of("  "));

        assertThat(filter.clauses()).containsExactly("status = 404");
        assertThat(filter.since()).isEmpty();
        assertThat(filter.until()).isEmpty();
    }

    @Test
    void apiParams_clausesAndSince_carriesOneCombinedWhere() {
        assertThat(IP_AND_STATUS.apiParams()).isEqualTo("&where=%28ip+%3D+%2266.249.73.135%22"
                + "%29+and+%28status+%3D+404%29&since=2015-05-17T00%3A00%3A00Z");
    }
}
