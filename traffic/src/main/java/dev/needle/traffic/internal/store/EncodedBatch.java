package dev.needle.traffic.internal.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Requests turned into ids, column by column, plus the dimension rows first seen in them: what
 * the encoder hands to the writer. Reused; not thread-safe.
 */
final class EncodedBatch {

    static final int CAPACITY = 8192;

    final long[] timeMicros = new long[CAPACITY];
    final int[] ipId = new int[CAPACITY];
    final int[] contextId = new int[CAPACITY];
    final int[] pathId = new int[CAPACITY];
    final int[] queryId = new int[CAPACITY];
    final int[] refererId = new int[CAPACITY];
    final int[] userAgentId = new int[CAPACITY];
    final short[] status = new short[CAPACITY];
    final long[] bytes = new long[CAPACITY];
    int size;

    final List<IpRow> newIps = new ArrayList<>();
    final List<TextRow> newTexts = new ArrayList<>();
    final List<ContextRow> newContexts = new ArrayList<>();

    boolean full() {
        return size == CAPACITY;
    }

    void clear() {
        size = 0;
        newIps.clear();
        newTexts.clear();
        newContexts.clear();
    }

    /** A new address: its text, range halves (absent for a host name), country and ASN. */
    record IpRow(int id, String ip, boolean hasRange, long high, long low, String country,
            int asn) {
    }

    /** A new path, query, referer or user agent. */
    record TextRow(int id, String value) {
    }

    /** A new combination of method, protocol, host and TLS fingerprints. */
    record ContextRow(int id, String method, String protocol, String host, String ja3,
            String ja4) {
    }
}
