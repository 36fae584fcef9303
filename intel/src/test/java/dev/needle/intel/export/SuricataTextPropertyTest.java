package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SuricataTextPropertyTest {

    @Property
    void content_anyText_readsBackAsTheSameTextInsideOneOption(@ForAll("wellFormed") String text) {
        String rule = "alert tls $HOME_NET any -> any any (msg:\"m\"; tls.sni; content:\""
                + SuricataText.content(text) + "\"; sid:1; rev:1;)";

        SuricataRuleReader.Rule parsed = SuricataRuleReader.rule(rule);

        assertThat(parsed.first("content")).isEqualTo(text);
        assertThat(parsed.first("sid")).isEqualTo("1");
    }

    @Property
    void message_anyText_staysOneMessageOfPrintableAscii(@ForAll("ruleText") String text) {
        String rule = "alert ip [192.0.2.1] any -> $HOME_NET any (msg:\""
                + SuricataText.message(text) + "\"; sid:7; rev:1;)";

        SuricataRuleReader.Rule parsed = SuricataRuleReader.rule(rule);

        assertThat(parsed.options()).hasSize(3);
        assertThat(parsed.first("msg")).hasSizeLessThanOrEqualTo(200)
                .matches("[\\x20-\\x7e]*");
    }

    /** Text that survives UTF-8 unchanged: no lone surrogates, which no encoder can keep. */
    @Provide
    Arbitrary<String> wellFormed() {
        return ruleText().filter(text -> new String(text.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).equals(text));
    }

    @Provide
    Arbitrary<String> ruleText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("\";\\|:() \r\n\t#{}abc\u00e9\u2028")
                        .ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(40));
    }
}
