package dev.needle.traffic;

/** A log line that was not stored, with where it was and why. */
public record Rejection(String source, long line, String reason) {

    @Override
    public String toString() {
        return source + ":" + line + ": " + reason;
    }
}
