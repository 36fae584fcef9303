package dev.needle.core.indicator;

import dev.needle.core.net.IpAddress;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Canonical URLs: scheme and host lower-cased, the host in IDNA ASCII or canonical IP form, the
 * default port of the scheme dropped, the fragment dropped, user info, path and query kept as
 * written. An empty path becomes {@code /}. Percent-escapes are not decoded or re-cased, since
 * feeds match URLs as they were seen. In http, https, ftp, ws and wss URLs a backslash is a
 * slash, as browsers read it; the host is what follows the last {@code @} before the path.
 */
final class Urls {

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9+.-]*");
    private static final Set<String> SPECIAL = Set.of("http", "https", "ftp", "ws", "wss");
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            "http", 80, "https", 443, "ftp", 21, "ws", 80, "wss", 443, "ftps", 990);

    private Urls() {
    }

    /** The canonical URL, or an {@link IllegalArgumentException} saying what is wrong. */
    static String canonical(String text) {
        checkCharacters(text);
        int separator = text.indexOf("://");
        if (separator < 0) {
            throw new IllegalArgumentException("it has no scheme such as http://");
        }
        String scheme = text.substring(0, separator).toLowerCase(Locale.ROOT);
        if (!SCHEME.matcher(scheme).matches()) {
            throw new IllegalArgumentException("scheme " + IndicatorText.quote(scheme)
                    + " is not a URL scheme");
        }
        String rest = text.substring(separator + 3);
        if (SPECIAL.contains(scheme)) {
            // Browsers read a backslash as a slash in these schemes, so "evil\@good" goes to evil.
            rest = rest.replace('\\', '/');
        }
        int authorityEnd = indexOfAny(rest, "/?#");
        String authority = rest.substring(0, authorityEnd);
        String tail = dropFragment(rest.substring(authorityEnd));

        return scheme + "://" + authority(scheme, authority) + path(tail);
    }

    private static void checkCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IllegalArgumentException("it holds the character '"
                        + IndicatorText.printable(c) + "' at position " + (i + 1));
            }
        }
    }

    private static String authority(String scheme, String authority) {
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
        HostPort hostPort = HostPort.split(authority.substring(at + 1));
        String host = host(hostPort.host());
        Integer defaultPort = DEFAULT_PORTS.get(scheme);
        boolean showPort = hostPort.hasPort()
                && (defaultPort == null || hostPort.port() != defaultPort);
        return userInfo + host + (showPort ? ":" + hostPort.port() : "");
    }

    private static String host(String host) {
        if (host.isEmpty()) {
            throw new IllegalArgumentException("it has no host");
        }
        IpAddress address = IpAddress.tryParse(host).orElse(null);
        if (address != null) {
            return host.indexOf(':') >= 0 && !address.isIpv4()
                    ? "[" + address.canonical() + "]" : address.canonical();
        }
        try {
            return DomainNames.canonical(host);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("host " + IndicatorText.quote(host)
                    + " is not valid: " + e.getMessage(), e);
        }
    }

    private static String dropFragment(String tail) {
        int hash = tail.indexOf('#');
        return hash < 0 ? tail : tail.substring(0, hash);
    }

    private static String path(String tail) {
        return tail.startsWith("/") ? tail : "/" + tail;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
