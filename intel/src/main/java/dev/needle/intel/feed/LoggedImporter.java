package dev.needle.intel.feed;

import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each file an importer read: one INFO line with what it gave, one WARN when refused. */
final class LoggedImporter implements FeedImporter {

    private static final Logger LOG = LoggerFactory.getLogger(FeedImporter.class);

    private final FeedImporter importer;

    LoggedImporter(FeedImporter importer) {
        this.importer = importer;
    }

    @Override
    public ParsedFeed parse(Path file, String dataset) throws ImportException {
        long start = System.nanoTime();
        try {
            ParsedFeed feed = importer.parse(file, dataset);
            LOG.info("Read {} [{}] into dataset [{}]: {} events, {} warnings in {} ms", file,
                    format().label(), dataset, feed.events().size(), feed.warnings().size(),
                    (System.nanoTime() - start) / 1_000_000);
            return feed;
        } catch (ImportException e) {
            LOG.warn("Refused {} [{}]: {}", file, format().label(),
                    e.getMessage().replaceAll("\\p{Cntrl}", "?"));
            throw e;
        }
    }

    @Override
    public FeedFormat format() {
        return importer.format();
    }
}
