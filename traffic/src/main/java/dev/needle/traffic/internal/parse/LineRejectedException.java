package dev.needle.traffic.internal.parse;

/**
 * A line that does not fit its format. Thrown without a stack trace: rejection is an expected
 * outcome on hostile input, and a trace per bad line would cost more than the parse.
 */
public final class LineRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    public LineRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
