package dev.needle.core.indicator;

import dev.needle.core.net.Cidr;
import dev.needle.core.net.IpAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what analysts and feeds write into {@link Indicator}s in the canonical form of each
 * {@link IndicatorType}.
 *
 * <p>Input may be defanged ({@code hxxp://evil[.]example}, {@code 192.0.2[.]1},
 * {@code user[at]example[.]com}), quoted, padded with spaces, in mixed case, and IP addresses
 * and domains may carry a port, which is dropped. Everything else that does not fit the type is
 * rejected with an {@link InvalidIndicatorException} naming the value, the type and the reason.
 *
 * <p>{@link #detect(String)} guesses the type. A value of 32 hex digits is read as MD5, since a
 * JA3 fingerprint cannot be told from one by its text; say {@link IndicatorType#JA3} to
 * {@link #normalize(IndicatorType, String)} when the source says so. Plain numbers are not taken
 * for AS numbers unless written with {@code AS}, and URLs need a scheme. A file name whose
 * extension is also a top-level domain, such as {@code invoice.zip}, is detected as a domain:
 * nothing in the text tells them apart.
 */
public final class IndicatorNormalizer {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
    private static final Pattern JA4 = Pattern.compile(
            "[tqd]\\d{2}[di]\\d{4}[0-9a-z]{2}_[0-9a-f]{12}_[0-9a-f]{12}");
    private static final Pattern ASN = Pattern.compile(
            "(?:asn?)?\\s*(\\d{1,10})(?:\\.(\\d{1,5}))?");
    private static final long MAX_ASN = 0xffff_ffffL;

    private IndicatorNormalizer() {
    }

    /**
     * The canonical indicator of {@code type} written as {@code raw}.
     *
     * @throws InvalidIndicatorException when {@code raw} is not an indicator of that type
     */
    public static Indicator normalize(IndicatorType type, String raw) {
        String text = Refang.undo(raw);
        try {
            return new Indicator(type, canonical(type, text));
        } catch (InvalidIndicatorException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidIndicatorException(IndicatorText.quote(raw) + " is not a valid "
                    + type.label() + ": " + IndicatorText.reason(e.getMessage()));
        }
    }

    /** The indicator {@code raw} most likely is, or empty when it is none of the types. */
    public static Optional<Indicator> detect(String raw) {
        String text = Refang.undo(raw);
        return guess(text).flatMap(type -> {
            try {
                return Optional.of(new Indicator(type, canonical(type, text)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<IndicatorType> guess(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.contains("://")) {
            return Optional.of(IndicatorType.URL);
        }
        if (text.indexOf('@') >= 0 || lower.startsWith("mailto:")) {
            return Optional.of(IndicatorType.EMAIL);
        }
        if (text.indexOf('/') >= 0) {
            return Optional.of(IndicatorType.CIDR);
        }
        Optional<IpAddress> address = literal(text);
        if (address.isPresent()) {
            return Optional.of(address.get().isIpv4() ? IndicatorType.IPV4 : IndicatorType.IPV6);
        }
        return guessByShape(lower);
    }

    private static Optional<IndicatorType> guessByShape(String lower) {
        if (lower.startsWith("as") && ASN.matcher(lower).matches()) {
            return Optional.of(IndicatorType.ASN);
        }
        if (HEX.matcher(lower).matches()) {
            return switch (lower.length()) {
                case 32 -> Optional.of(IndicatorType.MD5);
                case 40 -> Optional.of(IndicatorType.SHA1);
                case 64 -> Optional.of(IndicatorType.SHA256);
                default -> Optional.empty();
            };
        }
        if (JA4.matcher(lower).matches()) {
            return Optional.of(IndicatorType.JA4);
        }
        return lower.indexOf('.') > 0 ? Optional.of(IndicatorType.DOMAIN) : Optional.empty();
    }

    private static Optional<IpAddress> literal(String text) {
        try {
            return HostPort.split(text).address();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String canonical(IndicatorType type, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the value is empty");
        }
        return switch (type) {
            case IPV4 -> ipv4(text);
            case IPV6 -> ipv6(text);
            case CIDR -> cidr(text);
            case DOMAIN -> domain(text);
            case URL -> Urls.canonical(text);
            case MD5, JA3 -> hex(text, 32);
            case SHA1 -> hex(text, 40);
            case SHA256 -> hex(text, 64);
            case JA4 -> ja4(text);
            case ASN -> asn(text);
            case EMAIL -> EmailAddresses.canonical(text);
        };
    }

    private static String ipv4(String text) {
        IpAddress address = address(text, "IPv4");
        if (!address.isIpv4()) {
            throw new IllegalArgumentException("it is an IPv6 address");
        }
        return address.canonical();
    }

    private static String ipv6(String text) {
        IpAddress address = address(text, "IPv6");
        if (address.isIpv4()) {
            throw new IllegalArgumentException(text.indexOf(':') >= 0
                    ? "it is an IPv4-mapped address; give it as ipv4"
                    : "it is an IPv4 address");
        }
        return address.canonical();
    }

    private static IpAddress address(String text, String family) {
        if (text.indexOf('/') >= 0) {
            throw new IllegalArgumentException("it is a CIDR block, not a single address");
        }
        return HostPort.split(text).address().orElseThrow(() -> new IllegalArgumentException(
                "it is not an " + family + " address"));
    }

    private static String cidr(String text) {
        return Cidr.parse(text).toString();
    }

    private static String domain(String text) {
        if (text.contains("://")) {
            throw new IllegalArgumentException("it is a URL; give the host alone");
        }
        if (text.indexOf('/') >= 0 || text.indexOf('@') >= 0) {
            throw new IllegalArgumentException("a domain holds no '/' or '@'");
        }
        return DomainNames.canonical(HostPort.split(text).host());
    }

    private static String hex(String text, int digits) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!HEX.matcher(lower).matches()) {
            throw new IllegalArgumentException("it holds characters other than hex digits");
        }
        if (lower.length() != digits) {
            throw new IllegalArgumentException("it has " + lower.length()
                    + " hex digits; expected " + digits);
        }
        return lower;
    }

    private static String ja4(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!JA4.matcher(lower).matches()) {
            throw new IllegalArgumentException("expected the form t13d1516h2_8daaf6152771_"
                    + "02713d6af862: protocol, version, SNI, counts and ALPN, then two groups"
                    + " of 12 hex digits");
        }
        return lower;
    }

    private static String asn(String text) {
        var m = ASN.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("expected AS followed by a number, as in AS64500");
        }
        long number = Long.parseLong(m.group(1));
        if (m.group(2) != null) {
            long low = Long.parseLong(m.group(2));
            if (number > 0xffff || low > 0xffff) {
                throw new IllegalArgumentException("in the asdot form both halves must be"
                        + " 0 to 65535");
            }
            number = number * 65_536 + low;
        }
        if (number > MAX_ASN) {
            throw new IllegalArgumentException("AS numbers go up to " + MAX_ASN);
        }
        return Long.toString(number);
    }
}
