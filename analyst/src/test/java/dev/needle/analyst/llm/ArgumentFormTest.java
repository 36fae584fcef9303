package dev.needle.analyst.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArgumentFormTest {

    @Test
    void check_canonicalForms_areKept() {
        assertThat(ArgumentForm.WHERE.check("status >= 400 and status < 500 and country = CN"))
                .isEqualTo("status >= 400 and status < 500 and country = CN");
        assertThat(ArgumentForm.WHERE.check("ip in 203.0.113.0/24")).isEqualTo(
                "ip in 203.0.113.0/24");
        assertThat(ArgumentForm.RANGE.check("last 15m")).isEqualTo("last 15m");
        assertThat(ArgumentForm.RANGE.check("yesterday")).isEqualTo("yesterday");
        assertThat(ArgumentForm.RANGE.check("2015-05-17T10:00/2015-05-17T11:00"))
                .isEqualTo("2015-05-17T10:00/2015-05-17T11:00");
        assertThat(ArgumentForm.AT.check("10:00")).isEqualTo("10:00");
        assertThat(ArgumentForm.AT.check("2015-05-17T09:15")).isEqualTo("2015-05-17T09:15");
        assertThat(ArgumentForm.LIMIT.check("20")).isEqualTo("20");
        assertThat(ArgumentForm.STAGE.check("command-and-control"))
                .isEqualTo("command-and-control");
    }

    @Test
    void check_nearlyCanonicalForms_areSpelledCanonically() {
        assertThat(ArgumentForm.TECHNIQUE.check("t1566.001")).isEqualTo("T1566.001");
        assertThat(ArgumentForm.COUNTRY.check(" de ")).isEqualTo("DE");
        assertThat(ArgumentForm.INDUSTRY.check("Finance")).isEqualTo("finance");
        assertThat(ArgumentForm.VALUES.check("203.0.113.9, 198.51.100.7,,"))
                .isEqualTo("203.0.113.9,198.51.100.7");
    }

    @Test
    void check_wrongForms_areRefusedNamingArgumentAndValue() {
        assertThatThrownBy(() -> ArgumentForm.LIMIT.check("five"))
                .hasMessageContaining("'limit'").hasMessageContaining("'five'");
        assertThatThrownBy(() -> ArgumentForm.LIMIT.check("0")).hasMessageContaining("'0'");
        assertThatThrownBy(() -> ArgumentForm.LIMIT.check("5000"))
                .hasMessageContaining("'5000'");
        assertThatThrownBy(() -> ArgumentForm.RANGE.check("the last hour"))
                .hasMessageContaining("'range'").hasMessageContaining("'the last hour'");
        assertThatThrownBy(() -> ArgumentForm.AT.check("25:00")).hasMessageContaining("'at'");
        assertThatThrownBy(() -> ArgumentForm.BUCKET.check("2h"))
                .hasMessageContaining("[1m, 5m, 1h, 1d]");
        assertThatThrownBy(() -> ArgumentForm.WHERE.check("status >= "))
                .hasMessageContaining("'where'").hasMessageContaining("column");
        assertThatThrownBy(() -> ArgumentForm.VALUE.check("1.2.3.4 5.6.7.8"))
                .hasMessageContaining("'value'");
        assertThatThrownBy(() -> ArgumentForm.ATTACKER.check("APT1\nrm -rf"))
                .hasMessageContaining("control characters");
        assertThatThrownBy(() -> ArgumentForm.VALUES.check(" , "))
                .hasMessageContaining("'values'");
    }

    @Test
    void named_findsFormsByArgumentName() {
        assertThat(ArgumentForm.named("where")).contains(ArgumentForm.WHERE);
        assertThat(ArgumentForm.named("WHERE")).isEmpty();
        assertThat(ArgumentForm.named("fields")).isEmpty();
    }
}
