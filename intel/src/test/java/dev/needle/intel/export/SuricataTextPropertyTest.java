package dev.needle.intel.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.intel.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

class SuricataTextPropertyTest {

    private static final String RULE_CHARS = "\";\\|:() \r\n\t#{}abc\u00e9\u2028";

    private static String ruleText(RandomText random) {
        return random.oneIn(2) ? random.from(RULE_CHARS, 40) : random.any(40);
    }

    @Test
    void content_anyText_readsBackAsTheSameTextInsideOneOption() {
        RandomText random = new RandomText(RandomText.SEED);
        for (int i = 0; i < 5_000; i++) {
            String text = ruleText(random);
            if (!new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                    .equals(text)) {
                continue; // lone surrogates cannot survive any encoder, so they are not cases
            }
            String rule = "alert tls $HOME_NET any -> any any (msg:\"m\"; tls.sni; content:\""
                    + SuricataText.content(text) + "\"; sid:1; rev:1;)";

            SuricataRuleReader.Rule parsed = SuricataRuleReader.rule(rule);

            assertThat(parsed.first("content")).as("seed %d rule %s", RandomText.SEED, rule)
                    .isEqualTo(text);
            assertThat(parsed.first("sid")).isEqualTo("1");
        }
    }

    @Test
    void message_anyText_staysOneMessageOfPrintableAscii() {
        RandomText random = new RandomText(RandomText.SEED + 1);
        for (int i = 0; i < 5_000; i++) {
            String rule = "alert ip [192.0.2.1] any -> $HOME_NET any (msg:\""
                    + SuricataText.message(ruleText(random)) + "\"; sid:7; rev:1;)";

            SuricataRuleReader.Rule parsed = SuricataRuleReader.rule(rule);

            assertThat(parsed.options()).as("seed %d rule %s", RandomText.SEED + 1, rule)
                    .hasSize(3);
            assertThat(parsed.first("msg")).hasSizeLessThanOrEqualTo(200)
                    .matches("[\\x20-\\x7e]*");
        }
    }
}
