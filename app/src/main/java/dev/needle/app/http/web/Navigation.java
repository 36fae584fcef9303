package dev.needle.app.http.web;

import java.util.List;

/** The parts of Needle in the header, in order. Only the live ones link anywhere. */
public final class Navigation {

    /** One header entry; {@code live} when the part has a page. */
    public record Entry(String key, String label, String href, boolean live) {
    }

    /** Every part, the coming ones included so that users see what Needle will hold. */
    public static final List<Entry> ENTRIES = List.of(
            new Entry("traffic", "Traffic", "/", true),
            new Entry("intel", "Intel", "/intel", true),
            new Entry("analyst", "Analyst", "/analyst", true),
            new Entry("scanner", "Scanner", "", false),
            new Entry("tls", "TLS", "", false),
            new Entry("shield", "Shield", "", false));

    private Navigation() {
    }
}
