package dev.needle.core.indicator;

import dev.needle.core.net.IpAddress;
import java.util.Optional;

/**
 * A host with an optional port, as in {@code 192.0.2.1:8080}, {@code [2001:db8::1]:443} or
 * {@code example.com:80}. A bare IPv6 address is a host without a port, since its colons cannot
 * be told apart from a port separator.
 *
 * @param host the host without brackets
 * @param port the port, or -1 when there is none
 */
record HostPort(String host, int port) {

    private static final int MAX_PORT = 65_535;

    /** Splits {@code text}; a port that is not a number from 0 to 65535 is an error. */
    static HostPort split(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("the '[' before the address is not closed");
            }
            String rest = text.substring(close + 1);
            if (rest.isEmpty()) {
                return new HostPort(text.substring(1, close), -1);
            }
            if (!rest.startsWith(":")) {
                throw new IllegalArgumentException("unexpected text after ']'");
            }
            return new HostPort(text.substring(1, close), port(rest.substring(1)));
        }
        int colon = text.indexOf(':');
        if (colon < 0 || colon != text.lastIndexOf(':')) {
            return new HostPort(text, -1);
        }
        return new HostPort(text.substring(0, colon), port(text.substring(colon + 1)));
    }

    /** The address of the host, when the host is an IP literal. */
    Optional<IpAddress> address() {
        return IpAddress.tryParse(host);
    }

    /** Whether the text had a port. */
    boolean hasPort() {
        return port >= 0;
    }

    /** Reads a decimal port; an empty port is no port, as URLs allow {@code host:}. */
    static int port(String digits) {
        if (digits.isEmpty()) {
            return -1;
        }
        if (digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("port " + IndicatorText.quote(digits)
                    + " is not a number from 0 to " + MAX_PORT);
        }
        int port = Integer.parseInt(digits);
        if (port > MAX_PORT) {
            throw new IllegalArgumentException("port " + port + " is above " + MAX_PORT);
        }
        return port;
    }
}
