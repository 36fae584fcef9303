package dev.needle.intel.internal.match;

import dev.needle.core.net.Cidr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which CIDR blocks hold an address, over IPv4 and IPv6 alike (IPv4 as mapped addresses).
 *
 * <p>The blocks, which may nest, are cut at every block start and every block end into
 * disjoint segments; each segment lists the blocks covering it. A lookup is then one binary
 * search over the sorted segment starts. Memory grows with the nesting depth, which in
 * blocklists is small.
 */
final class RangeTable {

    private static final RangeTable EMPTY = new RangeTable(new long[0], new long[0], new int[1],
            new int[0]);

    private final long[] startHigh;
    private final long[] startLow;
    private final int[] coverStart;
    private final int[] covers;

    private RangeTable(long[] startHigh, long[] startLow, int[] coverStart, int[] covers) {
        this.startHigh = startHigh;
        this.startLow = startLow;
        this.coverStart = coverStart;
        this.covers = covers;
    }

    /** A table of these blocks; a block's id is its position in the list. */
    static RangeTable of(List<Cidr> blocks) {
        if (blocks.isEmpty()) {
            return EMPTY;
        }
        Map<Point, List<Integer>> startsAt = new HashMap<>();
        Map<Point, List<Integer>> endsBefore = new HashMap<>();
        TreeSet<Point> boundaries = new TreeSet<>();
        for (int id = 0; id < blocks.size(); id++) {
            Cidr block = blocks.get(id);
            Point first = new Point(block.first().high(), block.first().low());
            startsAt.computeIfAbsent(first, p -> new ArrayList<>()).add(id);
            boundaries.add(first);
            Point last = new Point(block.last().high(), block.last().low());
            if (!last.isMax()) {
                Point after = last.next();
                endsBefore.computeIfAbsent(after, p -> new ArrayList<>()).add(id);
                boundaries.add(after);
            }
        }
        return sweep(boundaries, startsAt, endsBefore);
    }

    private static RangeTable sweep(TreeSet<Point> boundaries,
            Map<Point, List<Integer>> startsAt, Map<Point, List<Integer>> endsBefore) {
        int segments = boundaries.size();
        long[] high = new long[segments];
        long[] low = new long[segments];
        int[] coverStart = new int[segments + 1];
        List<Integer> covers = new ArrayList<>();
        TreeSet<Integer> active = new TreeSet<>();
        int s = 0;
        for (Point point : boundaries) {
            endsBefore.getOrDefault(point, List.of()).forEach(active::remove);
            active.addAll(startsAt.getOrDefault(point, List.of()));
            high[s] = point.high();
            low[s] = point.low();
            coverStart[s] = covers.size();
            covers.addAll(active);
            s++;
        }
        coverStart[segments] = covers.size();
        return new RangeTable(high, low, coverStart,
                covers.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whether some block holds the address. */
    boolean covers(long high, long low) {
        int segment = segmentOf(high, low);
        return segment >= 0 && coverStart[segment + 1] > coverStart[segment];
    }

    /** The ids of the blocks holding the address, in ascending order; empty if none. */
    int[] covering(long high, long low) {
        int segment = segmentOf(high, low);
        if (segment < 0) {
            return new int[0];
        }
        int from = coverStart[segment];
        int to = coverStart[segment + 1];
        int[] ids = new int[to - from];
        System.arraycopy(covers, from, ids, 0, ids.length);
        return ids;
    }

    /** The last segment starting at or before the address, or -1. */
    private int segmentOf(long high, long low) {
        int lo = 0;
        int hi = startHigh.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int byHigh = Long.compareUnsigned(startHigh[mid], high);
            int order = byHigh != 0 ? byHigh : Long.compareUnsigned(startLow[mid], low);
            if (order <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** A 128-bit address, ordered as an unsigned number. */
    private record Point(long high, long low) implements Comparable<Point> {

        boolean isMax() {
            return high == -1L && low == -1L;
        }

        Point next() {
            return low == -1L ? new Point(high + 1, 0) : new Point(high, low + 1);
        }

        @Override
        public int compareTo(Point other) {
            int byHigh = Long.compareUnsigned(high, other.high);
            return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
        }
    }
}
