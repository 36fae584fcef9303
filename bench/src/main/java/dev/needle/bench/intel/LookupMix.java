package dev.needle.bench.intel;

import dev.needle.bench.IpPopulation;
import dev.needle.bench.SplitMix64;
import dev.needle.core.indicator.Indicator;
import java.util.ArrayList;
import java.util.List;

/**
 * What the matching timings look up: about half known values, drawn from what was imported,
 * and half random ones, which are almost never known (a random public address hits the
 * imported space with odds of about one in four thousand at a million addresses).
 */
final class LookupMix {

    private static final long MIX = 0x5DEECE66DL;

    private LookupMix() {
    }

    /** {@code count} addresses, each a known one from {@code known} or a random public one. */
    static int[] ipv4(int[] known, int count, long seed) {
        SplitMix64 random = new SplitMix64(seed ^ MIX);
        int[] lookups = new int[count];
        for (int i = 0; i < count; i++) {
            lookups[i] = known.length > 0 && random.nextInt(2) == 0
                    ? known[random.nextInt(known.length)] : randomPublic(random);
        }
        return lookups;
    }

    /** {@code count} indicators, each one of {@code known} or a random address or hash. */
    static List<Indicator> indicators(List<Indicator> known, int count, long seed) {
        SplitMix64 random = new SplitMix64(seed ^ MIX ^ 1);
        List<Indicator> lookups = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (!known.isEmpty() && random.nextInt(2) == 0) {
                lookups.add(known.get(random.nextInt(known.size())));
            } else if (random.nextInt(2) == 0) {
                lookups.add(IndicatorMint.ipv4(randomPublic(random)));
            } else {
                lookups.add(IndicatorMint.drawHash(random));
            }
        }
        return lookups;
    }

    private static int randomPublic(SplitMix64 random) {
        while (true) {
            int address = (int) random.nextLong();
            if (IpPopulation.isPublic(address)) {
                return address;
            }
        }
    }
}
