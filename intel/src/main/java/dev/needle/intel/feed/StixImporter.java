package dev.needle.intel.feed;

import dev.needle.intel.ImportException;
import dev.needle.intel.ParsedFeed;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.attack.AttackCatalog;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports STIX 2.0 and 2.1 bundles.
 *
 * <p>Indicators come from indicator patterns and from observables ({@code ipv4-addr},
 * {@code domain-name}, {@code url}, file hashes, ...; see {@link StixValues}). Intrusion sets
 * and threat actors give the attacker, attack patterns the ATT&CK techniques (from their
 * {@code mitre-attack} external ids), {@code lockheed} kill-chain phases the stage, and
 * {@code indicates}, {@code uses}, {@code attributed-to} and other relationships tie them
 * together.
 *
 * <p>Events: one per report, observation, actor cluster or lone indicator, split by kill-chain
 * stage (see {@link StixGrouping} and {@link StixEvents}). TLP comes from the markings of the
 * report or actor and of the indicators, the most restrictive winning, else amber.
 *
 * <p>Objects of types Needle does not model (courses of action, infrastructure, vulnerabilities,
 * custom {@code x-} types, ...) are kept as JSON in the metadata of the events they are linked
 * to, under {@code stix:<id>}, and reported as warnings. The bundle is streamed; see
 * {@link StixBundleReader} for what is an error.
 */
final class StixImporter implements FeedImporter {

    private final AttackCatalog catalog;

    StixImporter(AttackCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public ParsedFeed parse(Path file, String dataset) throws ImportException {
        WarningLog log = new WarningLog(file.toString());
        StixBundle bundle = StixBundleReader.read(file);
        List<ThreatEvent> events = new StixEvents(bundle, dataset, file.toString(), catalog, log,
                SourceFiles.modified(file)).build();
        return new ParsedFeed(events, log.warnings());
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.STIX;
    }
}
