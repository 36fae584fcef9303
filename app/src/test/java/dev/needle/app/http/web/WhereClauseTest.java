package dev.needle.app.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.traffic.TrafficField;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Clauses built from clicked values quote text safely and leave numbers bare. */
class WhereClauseTest {

    @Test
    void equalTo_ip_quotesTheAddress() {
        assertThat(WhereClause.equalTo(TrafficField.IP, "66.249.73.135"))
                .isEqualTo("ip = \"66.249.73.135\"");
    }

    @Test
    void equalTo_pathWithQuoteAndBackslash_escapesBoth() {
        assertThat(WhereClause.equalTo(TrafficField.PATH, "/a b\"c\\d"))
                .isEqualTo("path = \"/a b\\\"c\\\\d\"");
    }

    @Test
    void equalTo_status_isBareNumber() {
        assertThat(WhereClause.equalTo(TrafficField.STATUS, "404")).isEqualTo("status = 404");
    }

    @Test
    void equalTo_asnThatIsNotANumber_isQuoted() {
        assertThat(WhereClause.equalTo(TrafficField.ASN, "AS15169"))
                .isEqualTo("asn = \"AS15169\"");
    }

    @Test
    void allOf_twoClauses_joinsParenthesisedWithAnd() {
        assertThat(WhereClause.allOf(List.of("ip = \"1.2.3.4\"", "status = 404")))
                .isEqualTo("(ip = \"1.2.3.4\") and (status = 404)");
    }

    @Test
    void allOf_oneClause_staysAsItIs() {
        assertThat(WhereClause.allOf(List.of("status = 404"))).isEqualTo("status = 404");
    }

    @Test
    void quote_anyText_readsBackAsTheSameText() {
        SplittableRandom random = new SplittableRandom(20261204L);
        String alphabet = "a\"\\ \t\n=*()~<>' /%_\u00e9\u202e\ud83d\ude00";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                value.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x20, 0xd7ff)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String quoted = WhereClause.quote(value.toString());

            assertThat(readLiteral(quoted)).as("quoted %s", quoted).isEqualTo(value.toString());
        }
    }

    /**
     * Reads a double-quoted literal with backslash escapes, failing if it ends before its
     * last character: the reading a filter parser does, written independently here.
     */
    private static String readLiteral(String quoted) {
        assertThat(quoted).startsWith("\"");
        StringBuilder text = new StringBuilder();
        int i = 1;
        while (true) {
            char c = quoted.charAt(i);
            if (c == '\\') {
                text.append(quoted.charAt(i + 1));
                i += 2;
            } else if (c == '"') {
                assertThat(i).as("literal closes at its end").isEqualTo(quoted.length() - 1);
                return text.toString();
            } else {
                text.append(c);
                i++;
            }
        }
    }
}
