package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.intel.ThreatEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuricataRuleExporterTest {

    private static final String MSG = "(msg:\"NEEDLE APT1 command-and-control server\"; ";
    private static final String META = "metadata:needle_event " + SampleEvents.C2_ID + "; ";
    private static final String FROM_HOME = "$HOME_NET any -> any any ";

    @Test
    void export_c2Event_writesOneRuleLinePerIndicatorAndTwoPerDomain() throws IOException {
        String rules = export(100, List.of(SampleEvents.c2()));

        assertThat(rules).isEqualTo("# Needle rules: one per indicator, sids from 100.\n"
                + "alert ip [198.51.100.7] any -> $HOME_NET any " + MSG + META
                + "sid:100; rev:1;)\n"
                + "alert ip [203.0.113.25] any -> $HOME_NET any " + MSG + META
                + "sid:101; rev:1;)\n"
                + "alert ip [192.0.2.0/24] any -> $HOME_NET any " + MSG + META
                + "sid:102; rev:1;)\n"
                + "alert dns " + FROM_HOME + MSG + "dns.query; dotprefix;"
                + " content:\".update.hugesoft.example\"; nocase; endswith; " + META
                + "sid:103; rev:1;)\n"
                + "alert tls " + FROM_HOME + MSG + "tls.sni; dotprefix;"
                + " content:\".update.hugesoft.example\"; nocase; endswith; " + META
                + "sid:104; rev:1;)\n"
                + "alert http " + FROM_HOME + MSG + "http.host; content:\"news.hugesoft.example\";"
                + " startswith; endswith; http.uri.raw; content:\"/o'brien/login.php?id=7\";"
                + " startswith; endswith; " + META + "sid:105; rev:1;)\n"
                + "alert tls " + FROM_HOME + MSG + "ja3.hash; content:\"" + SampleEvents.JA3
                + "\"; " + META + "sid:106; rev:1;)\n");
    }

    @Test
    void export_unsupportedIndicators_areCountedInATrailingComment() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportSummary summary = new SuricataRuleExporter(5000).export(
                List.of(SampleEvents.phishing()), out);
        String rules = out.toString(StandardCharsets.UTF_8);

        assertThat(SuricataRuleReader.read(rules)).extracting(SuricataRuleReader.Rule::header)
                .containsExactly("alert ip [2001:db8::25] any -> $HOME_NET any",
                        "alert ip [198.51.100.7] any -> $HOME_NET any");
        assertThat(rules).endsWith("# not written: 1 email indicators (no Suricata keyword)\n"
                + "# not written: 1 https URLs (the path is encrypted)\n"
                + "# not written: 1 md5 hashes (load the blocklist export with"
                + " filemd5/filesha256)\n"
                + "# not written: 1 sha256 hashes (load the blocklist export with"
                + " filemd5/filesha256)\n");
        assertThat(summary.entries()).isEqualTo(2);
        assertThat(summary.skipped()).isEqualTo(4);
    }

    @Test
    void export_hostileHeadlineAndValues_staysOneParsableRulePerIndicator() throws IOException {
        String rules = export(1, List.of(SampleEvents.hostile()));

        List<SuricataRuleReader.Rule> parsed = SuricataRuleReader.read(rules);

        assertThat(rules.lines().filter(l -> !l.startsWith("#"))).hasSize(5);
        assertThat(parsed).hasSize(5).allSatisfy(rule -> {
            assertThat(rule.first("msg")).isEqualTo("NEEDLE =HYPERLINK(\"x\") \"; sid:1; rev:1;) }"
                    + " alert ip any any -> any any (msg:\"pwned\"; sid:2;)  #"
                    + " deny all; } { \\ ? end");
            assertThat(rule.options()).extracting(SuricataRuleReader.Option::keyword)
                    .containsOnlyOnce("sid", "rev", "msg");
        });
        SuricataRuleReader.Rule http = parsed.get(3);
        assertThat(http.header()).isEqualTo("alert http $HOME_NET any -> any any");
        assertThat(http.options()).filteredOn(o -> o.keyword().equals("content"))
                .extracting(SuricataRuleReader.Option::value)
                .containsExactly("evil.example", "/a\"b;c\\d|e");
    }

    @Test
    void export_sameIndicatorInTwoEvents_writesOneRuleWithUniqueSids() throws IOException {
        String rules = export(1_860_000, List.of(SampleEvents.c2(), SampleEvents.phishing(),
                SampleEvents.hostile(), SampleEvents.malformed()));

        List<SuricataRuleReader.Rule> parsed = SuricataRuleReader.read(rules);
        Set<String> sids = new HashSet<>();
        Set<String> matches = new HashSet<>();
        for (SuricataRuleReader.Rule rule : parsed) {
            assertThat(sids.add(rule.first("sid"))).isTrue();
            assertThat(matches.add(rule.header() + SuricataRuleReader.byKeyword(rule)
                    .getOrDefault("content", ""))).isTrue();
        }
        assertThat(parsed).hasSize(7 + 1 + 4);
        assertThat(sids).contains("1860000", "1860011");
    }

    @Test
    void constructor_sidBaseOutOfRange_isRejectedWithTheValue() {
        assertThatThrownBy(() -> new SuricataRuleExporter(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(" 0 ");
        assertThatThrownBy(() -> new SuricataRuleExporter(4_294_967_296L))
                .hasMessageContaining("4294967296");
    }

    @Test
    void export_sidsRunPastTheLimit_failsNamingTheBase() {
        assertThatThrownBy(() -> export(4_294_967_290L, List.of(SampleEvents.c2())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4294967290");
    }

    private static String export(long sidBase, List<ThreatEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SuricataRuleExporter(sidBase).export(events, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
