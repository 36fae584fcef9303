package dev.needle.intel.export;

import dev.needle.core.net.IpAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A URL indicator split the way rule formats need it: scheme, host, and the rest as sent on the
 * wire. The fragment never leaves the browser, so it is dropped.
 *
 * @param scheme lower-case scheme, such as {@code http}
 * @param host the host name or address literal, without brackets or port
 * @param afterAuthority the path and query; {@code /} when the URL has neither
 * @param withoutScheme the URL with {@code scheme://} and any user part removed, as Zeek writes
 *     URLs
 */
record UrlParts(String scheme, String host, String afterAuthority, String withoutScheme) {

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");
    private static final String LABEL = "[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?";
    private static final Pattern HOST = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    /** Splits a URL of printable ASCII, or returns empty when it has no scheme or host. */
    static Optional<UrlParts> parse(String url) {
        if (url.isEmpty() || !url.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            return Optional.empty();
        }
        int colon = url.indexOf("://");
        if (colon <= 0 || !SCHEME.matcher(url.substring(0, colon)).matches()) {
            return Optional.empty();
        }
        int start = colon + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int pathStart = end;
        return host(hostPort).map(host -> {
            int hash = url.indexOf('#', pathStart);
            String tail = url.substring(pathStart, hash < 0 ? url.length() : hash);
            String rest = tail.isEmpty() ? "/" : tail;
            return new UrlParts(url.substring(0, colon).toLowerCase(Locale.ROOT), host, rest,
                    hostPort + tail);
        });
    }

    private static Optional<String> host(String hostPort) {
        String host = hostPort;
        String port = "";
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = hostPort.substring(1, close);
            port = hostPort.substring(close + 1);
            if (IpAddress.tryParse(host).isEmpty()) {
                return Optional.empty();
            }
        } else {
            int colon = hostPort.indexOf(':');
            if (colon >= 0) {
                host = hostPort.substring(0, colon);
                port = hostPort.substring(colon);
            }
            if (!HOST.matcher(host).matches()) {
                return Optional.empty();
            }
        }
        boolean portOk = port.isEmpty()
                || port.startsWith(":") && PORT.matcher(port.substring(1)).matches();
        return portOk ? Optional.of(host) : Optional.empty();
    }
}
