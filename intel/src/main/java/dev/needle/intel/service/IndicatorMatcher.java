package dev.needle.intel.service;

import dev.needle.core.indicator.Indicator;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Lookups in the in-memory indicator index for one principal, for hot paths such as a
 * per-request decision. Which datasets it covers is decided when it is made; it always sees
 * their latest imports. Safe for use by many threads.
 */
public interface IndicatorMatcher {

    /** Whether an IPv4 address (32 bits, big-endian) is known, exactly or inside a block. */
    boolean knowsIpv4(int address);

    /** The best decayed score of an IPv4 address, or empty when it is unknown. */
    OptionalDouble ipv4Score(int address);

    /** Looks up many indicators at once. */
    MatchReport match(Collection<Indicator> indicators);
}
