package dev.needle.bench;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * One line of a real combined-format log, cut where the generator changes it: the client
 * address, the timestamp and the request path. The other pieces are copied unchanged.
 *
 * @param ip the client address as written
 * @param identity from the space after the address up to and including {@code [}
 * @param time when the request was logged
 * @param offset the UTC offset the timestamp was written in
 * @param requestHead from {@code ]} up to and including the space after the method
 * @param path the request target; empty when the request line has no separate target
 * @param tail the rest: protocol, status, bytes, referer, user agent and the line feed
 */
record SeedLine(byte[] ip, byte[] identity, Instant time, ZoneOffset offset, byte[] requestHead,
        byte[] path, byte[] tail) {
}
