package dev.needle.intel.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock a test sets by hand, for what depends on when it happened. */
final class HandClock extends Clock {

    private volatile Instant now;

    HandClock(Instant start) {
        this.now = start;
    }

    /** Sets the time. */
    void set(String instant) {
        now = Instant.parse(instant);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a hand clock stays in UTC");
    }
}
