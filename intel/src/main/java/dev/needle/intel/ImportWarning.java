package dev.needle.intel;

/**
 * Something in a feed that was kept differently or skipped, with where it was: a file and line,
 * a JSON pointer, or an object id.
 */
public record ImportWarning(String place, String message) {

    @Override
    public String toString() {
        return place + ": " + message;
    }
}
