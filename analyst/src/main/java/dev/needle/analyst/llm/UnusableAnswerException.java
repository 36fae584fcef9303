package dev.needle.analyst.llm;

/**
 * The model answered, but not with something the analyst can run: an unknown tool, an unknown
 * or malformed argument, a missing required one. The {@linkplain #reason() reason} is a short
 * phrase of ours, safe to show the user; the message adds the model's offending text for logs.
 */
final class UnusableAnswerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    UnusableAnswerException(String reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    UnusableAnswerException(String reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    /** What was wrong, in a few words of ours, such as {@code unknown tool}. */
    String reason() {
        return reason;
    }
}
