package dev.needle.analyst.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

    private static final String KEY = "sk-settings-93b1d0c4";

    @Test
    void new_baseUrlWithoutV1_isRefusedNamingTheValue() {
        assertThatThrownBy(() -> LlmSettings.of("http://127.0.0.1:8080", "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'http://127.0.0.1:8080'")
                .hasMessageContaining("must end in /v1");
        assertThatThrownBy(() -> LlmSettings.of("http://127.0.0.1:8080/v1/chat/completions", "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'http://127.0.0.1:8080/v1/chat/completions'");
    }

    @Test
    void new_baseUrlWithTrailingSlash_isKeptWithoutIt() {
        assertThat(LlmSettings.of(" http://127.0.0.1:8080/v1/ ", "m").baseUrl())
                .isEqualTo("http://127.0.0.1:8080/v1");
    }

    @Test
    void new_notAnHttpUrl_isRefused() {
        assertThatThrownBy(() -> LlmSettings.of("ftp://127.0.0.1/v1", "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ftp://127.0.0.1/v1'").hasMessageContaining("http");
        assertThatThrownBy(() -> LlmSettings.of("127.0.0.1:8080/v1", "m"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LlmSettings.of("http://127.0.0.1/v1?key=x", "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("query");
    }

    @Test
    void new_passwordInUrl_isRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> LlmSettings.of("http://me:" + KEY + "@127.0.0.1/v1", "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("environment variable")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void new_blankModel_isRefused() {
        assertThatThrownBy(() -> LlmSettings.of("http://127.0.0.1/v1", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model");
    }

    @Test
    void new_nonPositiveTimeout_isRefused() {
        LlmSettings settings = LlmSettings.of("http://127.0.0.1/v1", "m");
        assertThatThrownBy(() -> settings.withTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT0S");
    }

    @Test
    void of_noKey_usesTheDefaultTimeout() {
        LlmSettings settings = LlmSettings.of("http://127.0.0.1/v1", "m");
        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void toString_withKey_saysOnlyThatOneIsSet() {
        LlmSettings settings = new LlmSettings("http://127.0.0.1/v1", "m", Optional.of(KEY),
                Duration.ofSeconds(3));
        assertThat(settings.toString()).doesNotContain(KEY).contains("apiKey=(set)")
                .contains("http://127.0.0.1/v1").contains("PT3S");
        assertThat(LlmSettings.of("http://127.0.0.1/v1", "m").toString())
                .contains("apiKey=(none)");
    }

    @Test
    void withKeyFromEnvironment_readsTheNamedVariable() {
        Map<String, String> environment = Map.of("NEEDLE_LLM_KEY", KEY, "BLANK", "  ");
        assertThat(LlmSettings.withKeyFromEnvironment("http://127.0.0.1/v1", "m",
                "NEEDLE_LLM_KEY", environment).apiKey()).contains(KEY);
        assertThat(LlmSettings.withKeyFromEnvironment("http://127.0.0.1/v1", "m", "BLANK",
                environment).apiKey()).isEmpty();
        assertThat(LlmSettings.withKeyFromEnvironment("http://127.0.0.1/v1", "m", "UNSET",
                environment).apiKey()).isEmpty();
    }

    @Test
    void new_keyWithLineBreak_isRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> new LlmSettings("http://127.0.0.1/v1", "m",
                Optional.of(KEY + "\nX-Other: 1"), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control character")
                .hasMessageNotContaining(KEY);
    }
}
