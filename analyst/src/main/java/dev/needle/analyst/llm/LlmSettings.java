package dev.needle.analyst.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the LLM planner sends its requests: an OpenAI-compatible endpoint, the model to ask, the
 * API key if the endpoint wants one, and how long to wait for an answer.
 *
 * <p>The key is read from an environment variable by the caller, never from the command line or
 * the URL, and {@link #toString()} says only whether one is set. Do not serialise this record.
 *
 * @param baseUrl the endpoint up to and including {@code /v1}, without a trailing slash; the
 *     client adds {@code /chat/completions}
 * @param model the model name the endpoint knows, such as {@code qwen2.5:7b}
 * @param apiKey the bearer token, if any
 * @param timeout how long one request may take, connecting included
 */
public record LlmSettings(String baseUrl, String model, Optional<String> apiKey,
        Duration timeout) {

    /** How long a request may take unless the caller says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public LlmSettings {
        baseUrl = checkedBaseUrl(baseUrl);
        Objects.requireNonNull(model, "model");
        model = model.strip();
        if (model.isEmpty()) {
            throw new IllegalArgumentException("LLM model name is empty; name the model the"
                    + " endpoint at " + baseUrl + " serves");
        }
        Objects.requireNonNull(apiKey, "apiKey");
        apiKey = apiKey.map(String::strip).filter(key -> !key.isEmpty());
        if (apiKey.filter(key -> key.chars().anyMatch(Character::isISOControl)).isPresent()) {
            throw new IllegalArgumentException("the LLM API key holds a control character such"
                    + " as a line break; set the variable to the key alone");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("LLM timeout must be positive, was " + timeout);
        }
    }

    /** Settings without a key, with the default timeout. */
    public static LlmSettings of(String baseUrl, String model) {
        return new LlmSettings(baseUrl, model, Optional.empty(), DEFAULT_TIMEOUT);
    }

    /**
     * Settings whose key is the value of the environment variable {@code variable}; an unset or
     * blank variable means no key.
     */
    public static LlmSettings withKeyFromEnvironment(String baseUrl, String model,
            String variable) {
        return withKeyFromEnvironment(baseUrl, model, variable, System.getenv());
    }

    /** As {@link #withKeyFromEnvironment(String, String, String)}, reading {@code environment}. */
    public static LlmSettings withKeyFromEnvironment(String baseUrl, String model,
            String variable, Map<String, String> environment) {
        Objects.requireNonNull(variable, "variable");
        if (variable.isBlank()) {
            throw new IllegalArgumentException("the name of the API key's environment variable"
                    + " is empty");
        }
        return new LlmSettings(baseUrl, model, Optional.ofNullable(environment.get(variable)),
                DEFAULT_TIMEOUT);
    }

    /** These settings with another timeout. */
    public LlmSettings withTimeout(Duration timeout) {
        return new LlmSettings(baseUrl, model, apiKey, timeout);
    }

    /** The settings without the key: only whether one is set. */
    @Override
    public String toString() {
        return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + (apiKey.isPresent() ? "(set)" : "(none)") + ", timeout=" + timeout + "]";
    }

    private static String checkedBaseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String text = baseUrl.strip();
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("LLM base URL '" + baseUrl + "' is not a URL: "
                    + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("LLM base URL '" + baseUrl + "' must be an http"
                    + " or https URL with a host, such as http://127.0.0.1:8080/v1");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("LLM base URL for host " + uri.getHost()
                    + " holds a user name or password; pass the key in an environment variable");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("LLM base URL '" + baseUrl + "' must not have a"
                    + " query or fragment");
        }
        if (uri.getRawPath() == null || !uri.getRawPath().endsWith("/v1")) {
            throw new IllegalArgumentException("LLM base URL '" + baseUrl + "' must end in /v1,"
                    + " such as http://127.0.0.1:8080/v1; the client adds /chat/completions");
        }
        return text;
    }
}
