package dev.needle.intel.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.core.indicator.Indicator;
import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real feed samples under {@code src/test/resources/feeds}, and helpers to read them. */
final class Samples {

    static final String DATASET = "samples";

    private Samples() {
    }

    /** The sample at {@code relative}, such as {@code stix/oasis_apt1.json}. */
    static Path path(String relative) {
        try {
            return Path.of(Samples.class.getResource("/feeds/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParsedFeed parse(FeedFormat format, String relative) throws ImportException {
        return FeedImporter.of(format).parse(path(relative), DATASET);
    }

    static JsonNode json(String relative) {
        try {
            return new ObjectMapper().readTree(path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String relative) {
        try {
            return Files.readAllLines(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Indicator> indicators(ParsedFeed feed) {
        return feed.events().stream().flatMap(e -> e.indicators().stream()).toList();
    }

    static List<String> values(ThreatEvent event, IndicatorType type) {
        return event.indicators().stream().filter(i -> i.type() == type)
                .map(Indicator::value).toList();
    }
}
