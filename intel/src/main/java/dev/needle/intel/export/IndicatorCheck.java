package dev.needle.intel.export;

import dev.needle.core.indicator.Indicator;
import dev.needle.core.net.Cidr;
import dev.needle.core.net.IpAddress;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that an indicator's value has the shape of its type before a format carries it.
 *
 * <p>Stored indicators are canonical when an importer made them, but the record accepts any
 * string, and every format here is a language of its own (a rule, a config file, a pattern), so
 * each value is checked again at the door. The checks are about shape, not meaning: a URL must
 * be printable ASCII with a scheme and a host; it may still hold quotes and backslashes, which
 * each format escapes in its own way.
 */
final class IndicatorCheck {

    private static final String LABEL = "[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?";
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)" + LABEL + "(?:\\." + LABEL + ")*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
            + "(?=.{1,253}$)" + LABEL + "(?:\\." + LABEL + ")+");
    private static final Pattern JA4 = Pattern.compile("[a-z0-9_]{1,100}");
    private static final Pattern ASN = Pattern.compile("[0-9]{1,10}");
    private static final long MAX_ASN = 0xffff_ffffL;
    private static final int MAX_URL_LENGTH = 8192;

    private IndicatorCheck() {
    }

    /** Why the value does not fit its type, or empty when it does. */
    static Optional<String> problem(Indicator indicator) {
        String v = indicator.value();
        boolean fits = switch (indicator.type()) {
            case IPV4 -> IpAddress.tryParse(v).filter(IpAddress::isIpv4).isPresent();
            case IPV6 -> IpAddress.tryParse(v).filter(a -> !a.isIpv4()).isPresent();
            case CIDR -> Cidr.tryParse(v).isPresent();
            case DOMAIN -> DOMAIN.matcher(v).matches();
            case URL -> v.length() <= MAX_URL_LENGTH && UrlParts.parse(v).isPresent();
            case MD5, JA3 -> isLowerHex(v, 32);
            case SHA1 -> isLowerHex(v, 40);
            case SHA256 -> isLowerHex(v, 64);
            case JA4 -> JA4.matcher(v).matches();
            case ASN -> ASN.matcher(v).matches() && Long.parseLong(v) <= MAX_ASN;
            case EMAIL -> EMAIL.matcher(v).matches();
        };
        return fits ? Optional.empty()
                : Optional.of(QuotedValue.of(v) + " is not a valid " + indicator.type().label()
                        + " value");
    }

    /** The canonical text of a valid value: addresses and blocks are printed afresh. */
    static String canonical(Indicator indicator) {
        return switch (indicator.type()) {
            case IPV4, IPV6 -> IpAddress.parse(indicator.value()).canonical();
            case CIDR -> Cidr.parse(indicator.value()).toString();
            default -> indicator.value();
        };
    }

    private static boolean isLowerHex(String v, int length) {
        if (v.length() != length) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
