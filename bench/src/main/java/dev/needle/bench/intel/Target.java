package dev.needle.bench.intel;

/** The goals the issue set for the intel store, and how a figure is held against them. */
enum Target {
    /** A filtered page: 95th percentile under 50 ms. */
    PAGE("p95 < 50 ms"),
    /** The timelapse aggregate: 95th percentile under 200 ms. */
    AGGREGATE("p95 < 200 ms"),
    /** In-process IPv4 matching: at least ten million lookups a second. */
    MATCHING("≥ 10,000,000 lookups/s"),
    /** No goal was set. */
    NONE("");

    private final String text;

    Target(String text) {
        this.text = text;
    }

    /** The goal as the tables print it. */
    String text() {
        return text;
    }

    /** Whether a 95th percentile in milliseconds, or a rate per second, meets the goal. */
    String verdict(double p95Millis, double perSecond) {
        boolean met = switch (this) {
            case PAGE -> p95Millis < 50;
            case AGGREGATE -> p95Millis < 200;
            case MATCHING -> perSecond >= 10_000_000;
            case NONE -> true;
        };
        return this == NONE ? "" : met ? "met" : "missed";
    }
}
