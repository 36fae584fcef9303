package dev.needle.intel.feed;

import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.attack.AttackCatalog;
import java.nio.file.Path;

/**
 * Reads one feed file into threat events. Imports are all-or-nothing per file: an error in the
 * file throws an {@link ImportException} naming the place (file and line, a JSON pointer or an
 * object id) and nothing is returned; a value that is not a valid indicator, a technique the
 * ATT&CK catalog does not know and an object Needle does not model are warnings, and the rest
 * of the file is imported.
 *
 * <p>Event ids are name-based UUIDs of the dataset and the source's own ids, so importing a
 * newer copy of a feed into the same dataset replaces its events rather than adding copies.
 */
public interface FeedImporter {

    /**
     * Reads {@code file} (for {@link FeedFormat#MISP_FEED}, the feed directory) into events of
     * {@code dataset}.
     */
    ParsedFeed parse(Path file, String dataset) throws ImportException;

    /** The format this importer reads. */
    FeedFormat format();

    /**
     * The importer of {@code format}, checking techniques against the shipped ATT&CK catalog.
     *
     * @throws IllegalArgumentException for {@link FeedFormat#CSV}, which needs a mapping
     */
    static FeedImporter of(FeedFormat format) {
        return of(format, AttackCatalog.enterprise());
    }

    /** The importer of {@code format}, checking techniques against {@code catalog}. */
    static FeedImporter of(FeedFormat format, AttackCatalog catalog) {
        return new LoggedImporter(switch (format) {
            case STIX -> new StixImporter(catalog);
            case MISP_EVENT -> new MispEventImporter(catalog);
            case MISP_FEED -> new MispFeedImporter(catalog);
            case FEODO_TRACKER -> new FeodoTrackerImporter(catalog);
            case URLHAUS -> new UrlhausImporter(catalog);
            case THREATFOX -> new ThreatFoxImporter(catalog);
            case SSLBL_JA3 -> new SslblJa3Importer(catalog);
            case OPENIOC -> new OpenIocImporter(catalog);
            case CSV -> throw new IllegalArgumentException("a CSV feed needs a column mapping;"
                    + " use FeedImporter.csv(mapping)");
        });
    }

    /** The importer of CSV files laid out as {@code mapping} says. */
    static FeedImporter csv(CsvMapping mapping) {
        return new LoggedImporter(new CsvImporter(mapping, AttackCatalog.enterprise()));
    }

    /**
     * Detects the format of {@code file} with {@link FeedDetector} and reads it with that
     * format's importer; a CSV of no known feed is an error, since it needs a mapping.
     */
    static ParsedFeed detectAndParse(Path file, String dataset) throws ImportException {
        FeedFormat format = FeedDetector.detect(file);
        if (format == FeedFormat.CSV) {
            throw new ImportException(file.toString(), "a CSV file of no known feed; import it"
                    + " with a column mapping");
        }
        return of(format).parse(file, dataset);
    }
}
