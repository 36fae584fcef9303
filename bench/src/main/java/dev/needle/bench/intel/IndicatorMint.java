package dev.needle.bench.intel;

import dev.needle.bench.IpPopulation;
import dev.needle.bench.SplitMix64;
import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes indicators in canonical form: IPv4 addresses from a fixed space of distinct public
 * addresses, domains and URLs from a fixed space of made-up names, and random hashes. The
 * addresses and names are invented; some may belong to real networks and owners.
 */
final class IndicatorMint {

    private static final IndicatorType[] HASHES = {
        IndicatorType.SHA256, IndicatorType.SHA256, IndicatorType.SHA256, IndicatorType.MD5,
        IndicatorType.SHA1
    };

    private final int[] addresses;
    private final int domainSpace;

    private IndicatorMint(int[] addresses, int domainSpace) {
        this.addresses = addresses;
        this.domainSpace = domainSpace;
    }

    /** A mint over {@code addressCount} distinct public addresses and as many domain names. */
    static IndicatorMint create(int addressCount, SplitMix64 random) {
        if (addressCount <= 0) {
            throw new IllegalArgumentException("address space must be positive, got "
                    + addressCount);
        }
        Set<Integer> seen = new HashSet<>(addressCount * 2);
        int[] drawn = new int[addressCount];
        int count = 0;
        while (count < addressCount) {
            int address = (int) random.nextLong();
            if (IpPopulation.isPublic(address) && seen.add(address)) {
                drawn[count++] = address;
            }
        }
        return new IndicatorMint(drawn, addressCount);
    }

    /** How many distinct addresses events draw from. */
    int addressCount() {
        return addresses.length;
    }

    /** The address at {@code position} of the space, big-endian. */
    int address(int position) {
        return addresses[position];
    }

    /** An address of the space, drawn uniformly. */
    int drawAddress(SplitMix64 random) {
        return addresses[random.nextInt(addresses.length)];
    }

    /** An IPv4 indicator. */
    static Indicator ipv4(int address) {
        return new Indicator(IndicatorType.IPV4, IpPopulation.dottedQuad(address));
    }

    /** A domain of the space, drawn uniformly. */
    Indicator drawDomain(SplitMix64 random) {
        return new Indicator(IndicatorType.DOMAIN, domainName(random.nextInt(domainSpace)));
    }

    /** A URL on a domain of the space, over HTTP or HTTPS, with a common malicious path. */
    Indicator drawUrl(SplitMix64 random) {
        String scheme = random.nextInt(3) == 0 ? "http://" : "https://";
        List<String> paths = Vocabulary.URL_PATHS;
        return new Indicator(IndicatorType.URL, scheme + domainName(random.nextInt(domainSpace))
                + paths.get(random.nextInt(paths.size())));
    }

    /** A random SHA-256 (most often), MD5 or SHA-1 file hash. */
    static Indicator drawHash(SplitMix64 random) {
        IndicatorType type = HASHES[random.nextInt(HASHES.length)];
        int digits = switch (type) {
            case MD5 -> 32;
            case SHA1 -> 40;
            default -> 64;
        };
        StringBuilder hex = new StringBuilder(64);
        while (hex.length() < digits) {
            hex.append(String.format(Locale.ROOT, "%016x", random.nextLong()));
        }
        return new Indicator(type, hex.substring(0, digits));
    }

    /**
     * The name of domain {@code index}: two words, a number when the index runs past the word
     * pairs, and a top-level domain, such as {@code secure-login.com} or
     * {@code cdn-wallet17.xyz}. Distinct indexes give distinct names.
     */
    static String domainName(int index) {
        List<String> words = Vocabulary.WORDS;
        List<String> tlds = Vocabulary.TOP_LEVEL_DOMAINS;
        int pairs = words.size() * words.size();
        int pair = index % pairs;
        int rest = index / pairs;
        String tld = tlds.get(rest % tlds.size());
        int number = rest / tlds.size();
        return words.get(pair / words.size()) + "-" + words.get(pair % words.size())
                + (number == 0 ? "" : Integer.toString(number)) + "." + tld;
    }
}
