package dev.needle.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchExpressionTest {

    @Test
    void parse_twoTermsJoinedByAnd_givesBothTerms() {
        assertThat(SearchExpression.parse("attacker equals APT1 and killChain gte 6"))
                .containsExactly(SearchTerm.of("attacker", SearchOperator.EQUALS, "APT1"),
                        SearchTerm.of("killChain", SearchOperator.GTE, "6"));
    }

    @Test
    void parse_inListAndQuotedValue_keepsSpacesAndCommasInsideQuotes() {
        assertThat(SearchExpression.parse(
                "indicator in (1.2.3.4, 'a, b', \"evil.example\") AND event contains 'C2 host'"))
                .containsExactly(SearchTerm.in("indicator", List.of("1.2.3.4", "a, b",
                        "evil.example")),
                        SearchTerm.of("event", SearchOperator.CONTAINS, "C2 host"));
    }

    @Test
    void parse_blank_givesNoTerms() {
        assertThat(SearchExpression.parse("   ")).isEmpty();
    }

    @Test
    void parse_unclosedQuote_reportsPositionOfQuote() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchExpression.parse("attacker equals 'APT1"))
                .withMessageContaining("at position 17: unclosed ' quote");
    }

    @Test
    void parse_orBetweenTerms_reportsPositionAndExpectedAnd() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchExpression.parse("tlp equals red or tlp equals amber"))
                .withMessageContaining("at position 16: expected 'and' between terms, got 'or'");
    }

    @Test
    void parse_missingValue_reportsTheEnd() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchExpression.parse("attacker equals"))
                .withMessageContaining("at position 16: expected a value after 'equals', got"
                        + " the end");
    }

    @Test
    void parse_unclosedInList_reportsExpectedParenthesis() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchExpression.parse("tags in (a, b"))
                .withMessageContaining("at position 14: expected ')', got the end");
    }

    /** Seeded trials: terms written out with quotes where needed read back unchanged. */
    @Test
    void parse_writtenTerms_roundTripOverSeededTrials() {
        Random random = new Random(20261204L);
        String alphabet = "abcXYZ019.-_:/ ,()";
        for (int trial = 0; trial < 500; trial++) {
            List<SearchTerm> terms = new ArrayList<>();
            List<String> written = new ArrayList<>();
            for (int t = 0, n = 1 + random.nextInt(4); t < n; t++) {
                SearchOperator op = SearchOperator.values()[random.nextInt(
                        SearchOperator.values().length)];
                List<String> values = new ArrayList<>();
                for (int v = 0, k = op == SearchOperator.IN ? 1 + random.nextInt(3) : 1; v < k;
                        v++) {
                    StringBuilder value = new StringBuilder();
                    for (int c = 0, len = 1 + random.nextInt(8); c < len; c++) {
                        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    values.add(value.toString());
                }
                terms.add(new SearchTerm("field" + t, op, values));
                List<String> quoted = values.stream().map(v -> "'" + v + "'").toList();
                written.add("field" + t + " " + op.apiName() + " " + (op == SearchOperator.IN
                        ? "(" + String.join(", ", quoted) + ")" : quoted.getFirst()));
            }
            String text = String.join(" and ", written);
            assertThat(SearchExpression.parse(text)).as(text).isEqualTo(terms);
        }
    }
}
