package dev.needle.intel.feed;

import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import java.nio.file.Path;

/** Imports one STIX bundle in a process of its own, so that a test can bound its heap. */
final class LargeBundleImport {

    private LargeBundleImport() {
    }

    /** Argument: the bundle. Prints the number of events and of indicators. */
    public static void main(String[] args) throws ImportException {
        ParsedFeed feed = FeedImporter.of(FeedFormat.STIX).parse(Path.of(args[0]), "large");
        long indicators = feed.events().stream().mapToLong(e -> e.indicators().size()).sum();
        System.out.println("events=" + feed.events().size() + " indicators=" + indicators
                + " warnings=" + feed.warnings().size());
    }
}
