package dev.needle.traffic.internal.parse;

/** Parses one log line, given as UTF-8 bytes without its line break, into a row. */
public interface LineParser {

    /**
     * Fills {@code row} (cleared first) from {@code buf[off, off + len)}.
     *
     * @throws LineRejectedException when the line does not fit the format; the message says why
     */
    void parse(byte[] buf, int off, int len, RequestRow row) throws LineRejectedException;
}
