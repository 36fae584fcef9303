package dev.needle.analyst.tool;

/** A tool call whose arguments cannot be run: the message names the argument and its value. */
public final class ToolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ToolException(String message) {
        super(message);
    }

    /** The error for an argument whose value is not valid. */
    static ToolException badArgument(String tool, String argument, String value, String why) {
        return new ToolException(tool + ": argument " + argument + " = '" + shorten(value)
                + "' " + why);
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }
}
