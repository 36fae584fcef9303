package dev.needle.traffic.internal.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Looks up the country and autonomous system of an IPv4 address in the public tables shipped as
 * resources (see {@code ipdata/README.md} beside them). IPv6 addresses and addresses outside the
 * tables get nothing.
 */
public final class IpEnricher {

    private static final String BASE = "/dev/needle/traffic/ipdata/";

    private final IpRangeTable<String> countries;
    private final IpRangeTable<Integer> asns;

    private IpEnricher(IpRangeTable<String> countries, IpRangeTable<Integer> asns) {
        this.countries = countries;
        this.asns = asns;
    }

    /** Loads the shipped tables. */
    public static IpEnricher load() {
        List<Range<String>> country = new ArrayList<>();
        readCountries(BASE + "country_ipv4_part1_0-127.csv", country);
        readCountries(BASE + "country_ipv4_part2_128-255.csv", country);
        List<Range<Integer>> asn = readAsns(BASE + "iptoasn_ip2asn-v4_sample.tsv");
        return new IpEnricher(table(country, String[]::new), table(asn, Integer[]::new));
    }

    /** The two-letter country code of an address, empty when unknown. */
    public Optional<String> country(long ipv4) {
        return ipv4 < 0 ? Optional.empty() : Optional.ofNullable(countries.find(ipv4));
    }

    /** The autonomous system number announcing an address, or 0 when unknown. */
    public int asn(long ipv4) {
        if (ipv4 < 0) {
            return 0;
        }
        Integer asn = asns.find(ipv4);
        return asn == null ? 0 : asn;
    }

    private record Range<V>(long start, long end, V value) {
    }

    private static <V> IpRangeTable<V> table(List<Range<V>> ranges,
            java.util.function.IntFunction<V[]> arrays) {
        ranges.sort(Comparator.comparingLong(Range::start));
        List<Range<V>> disjoint = new ArrayList<>(ranges.size());
        long lastEnd = -1;
        for (Range<V> range : ranges) {
            if (range.start() > lastEnd) {
                disjoint.add(range);
                lastEnd = range.end();
            }
        }
        long[] starts = new long[disjoint.size()];
        long[] ends = new long[disjoint.size()];
        V[] values = arrays.apply(disjoint.size());
        for (int i = 0; i < disjoint.size(); i++) {
            starts[i] = disjoint.get(i).start();
            ends[i] = disjoint.get(i).end();
            values[i] = disjoint.get(i).value();
        }
        return new IpRangeTable<>(starts, ends, values);
    }

    private static void readCountries(String resource, List<Range<String>> into) {
        forEachLine(resource, (line, number) -> {
            String[] cols = line.split(",", -1);
            if (number == 1 && line.startsWith("start_ip")) {
                return;
            }
            long start = Ipv4.parse(cols[0]);
            long end = cols.length > 2 ? Ipv4.parse(cols[1]) : -1;
            if (start < 0 || end < start || cols[2].length() != 2) {
                throw new IllegalStateException(resource + ":" + number + ": bad range " + line);
            }
            into.add(new Range<>(start, end, cols[2].intern()));
        });
    }

    private static List<Range<Integer>> readAsns(String resource) {
        List<Range<Integer>> ranges = new ArrayList<>();
        forEachLine(resource, (line, number) -> {
            String[] cols = line.split("\t", -1);
            long start = Ipv4.parse(cols[0]);
            long end = cols.length > 2 ? Ipv4.parse(cols[1]) : -1;
            if (start < 0 || end < start) {
                throw new IllegalStateException(resource + ":" + number + ": bad range " + line);
            }
            int asn = Integer.parseInt(cols[2]);
            if (asn != 0) {
                ranges.add(new Range<>(start, end, asn));
            }
        });
        return ranges;
    }

    private interface LineConsumer {
        void accept(String line, int number);
    }

    private static void forEachLine(String resource, LineConsumer consumer) {
        try (InputStream in = IpEnricher.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    consumer.accept(line, number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
