package dev.needle.analyst.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.regex.Pattern;

/**
 * Says in a few words why a planning request failed, for the note the user sees, and gives a
 * cleaned detail for the log. Neither ever holds the API key: the reason is built from our own
 * words and a status code, and the detail has the key and any bearer token masked.
 */
final class FailureReason {

    private static final int MAX_DETAIL = 200;
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+\\S+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");

    private FailureReason() {
    }

    /** The reason, such as {@code HTTP 500}, {@code timed out} or {@code unknown tool}. */
    static String of(Throwable failure) {
        if (failure instanceof UnusableAnswerException unusable) {
            return unusable.reason();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http) {
                return "HTTP " + http.statusCode();
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException
                    || cause instanceof dev.langchain4j.exception.TimeoutException) {
                return "timed out";
            }
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host";
            }
            if (cause instanceof JsonProcessingException) {
                return "malformed response";
            }
        }
        return "failed: " + failure.getClass().getSimpleName();
    }

    /**
     * The deepest message of the failure, one line, at most {@value #MAX_DETAIL} characters,
     * with {@code key} and bearer tokens masked; it may hold the server's words, so it is for
     * the log only.
     */
    static String detail(Throwable failure, String key) {
        Throwable deepest = failure;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getClass().getSimpleName()
                + (deepest.getMessage() == null ? "" : ": " + deepest.getMessage());
        if (failure instanceof UnusableAnswerException) {
            message = failure.getMessage();
        }
        return clean(message, key);
    }

    /** {@code text} on one line, capped, with the key and bearer tokens masked. */
    static String clean(String text, String key) {
        String masked = key.isEmpty() ? text : text.replace(key, "[key]");
        masked = BEARER.matcher(masked).replaceAll("Bearer [masked]");
        masked = CONTROL.matcher(masked).replaceAll(" ");
        if (masked.length() > MAX_DETAIL) {
            masked = masked.substring(0, MAX_DETAIL) + "...";
        }
        return masked;
    }
}
