package dev.needle.analyst.tool;

import java.time.Instant;

/** A half-open span of time, {@code [from, to)}. */
record TimeWindow(Instant from, Instant to) {

    @Override
    public String toString() {
        return from + "/" + to;
    }
}
