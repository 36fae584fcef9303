package dev.needle.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A fixed set of distinct, random, public IPv4 addresses with Zipf-like popularity: the address
 * of rank {@code r} (from 1) is drawn with weight {@code 1 / r^exponent}, so a few addresses are
 * frequent and most are rare, as in real traffic. The addresses are made up; some belong to real
 * networks, which only matters if the generated logs are taken for real ones.
 */
public final class IpPopulation {

    private final byte[][] addresses;
    private final double[] cumulative;

    private IpPopulation(byte[][] addresses, double[] cumulative) {
        this.addresses = addresses;
        this.cumulative = cumulative;
    }

    /** Draws {@code size} distinct public addresses and ranks them in the order drawn. */
    static IpPopulation generate(int size, double exponent, SplitMix64 random) {
        if (size <= 0) {
            throw new IllegalArgumentException("population size must be positive, got " + size);
        }
        if (!(exponent >= 0)) {
            throw new IllegalArgumentException("Zipf exponent must be >= 0, got " + exponent);
        }
        return new IpPopulation(drawAddresses(size, random), zipfCumulative(size, exponent));
    }

    int size() {
        return addresses.length;
    }

    /** The address of rank {@code rank}, from 0 (most popular), as ASCII dotted quad. */
    byte[] address(int rank) {
        return addresses[rank];
    }

    /** Draws one address by popularity; the returned array must not be changed. */
    byte[] draw(SplitMix64 random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, point);
        int rank = index >= 0 ? index + 1 : -index - 1;
        return addresses[Math.min(rank, addresses.length - 1)];
    }

    /**
     * Whether an address is public unicast: not in 0/8, 10/8, 100.64/10, 127/8, 169.254/16,
     * 172.16/12, 192.0.0/24, 192.0.2/24, 192.88.99/24, 192.168/16, 198.18/15, 198.51.100/24,
     * 203.0.113/24, nor in multicast and reserved space from 224/4 up.
     */
    public static boolean isPublic(int address) {
        int a = address >>> 24;
        int b = address >>> 16 & 0xFF;
        int c = address >>> 8 & 0xFF;
        return a != 0 && a != 10 && a != 127 && a < 224
                && !(a == 100 && b >= 64 && b < 128)
                && !(a == 169 && b == 254)
                && !(a == 172 && b >= 16 && b < 32)
                && !(a == 192 && b == 0 && (c == 0 || c == 2))
                && !(a == 192 && b == 88 && c == 99)
                && !(a == 192 && b == 168)
                && !(a == 198 && (b == 18 || b == 19))
                && !(a == 198 && b == 51 && c == 100)
                && !(a == 203 && b == 0 && c == 113);
    }

    /** The dotted-quad text of an address held in an int, high byte first. */
    public static String dottedQuad(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF)
                + "." + (address & 0xFF);
    }

    private static byte[][] drawAddresses(int size, SplitMix64 random) {
        Set<Integer> seen = new HashSet<>(size * 2);
        byte[][] drawn = new byte[size][];
        int count = 0;
        while (count < size) {
            int address = (int) random.nextLong();
            if (isPublic(address) && seen.add(address)) {
                drawn[count++] = dottedQuad(address).getBytes(StandardCharsets.US_ASCII);
            }
        }
        return drawn;
    }

    private static double[] zipfCumulative(int size, double exponent) {
        double[] cumulative = new double[size];
        double sum = 0;
        for (int rank = 1; rank <= size; rank++) {
            sum += 1 / Math.pow(rank, exponent);
            cumulative[rank - 1] = sum;
        }
        return cumulative;
    }
}
