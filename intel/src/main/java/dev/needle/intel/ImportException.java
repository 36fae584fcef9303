package dev.needle.intel;

/**
 * A feed file that cannot be imported at all. Imports are all-or-nothing per file, so when this
 * is thrown nothing of the file was stored. The message starts with the place.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String place;

    public ImportException(String place, String message) {
        super(place + ": " + message);
        this.place = place;
    }

    public ImportException(String place, String message, Throwable cause) {
        super(place + ": " + message, cause);
        this.place = place;
    }

    /** Where it broke: file and line, a JSON pointer or an object id. */
    public String place() {
        return place;
    }
}
