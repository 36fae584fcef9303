package dev.needle.intel.feed;

import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import dev.needle.intel.attack.AttackCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds events from the groups {@link StixGrouping} forms. A group whose indicators sit at
 * different Lockheed Martin kill-chain stages becomes one event per stage, because an event has
 * one stage (see {@link StixKillChains}); the events of a group name each other as related.
 *
 * <p>Context comes from the group's anchor, its references, its members and their direct
 * neighbours: malware and tools give tags and the category, campaigns the window of activity,
 * {@code targets} relationships of the anchor, actor or campaigns the victims, markings the TLP
 * (the most restrictive; amber when none), and objects of types Needle does not model are kept
 * as JSON under {@code stix:<id>} in the metadata. Dates come from the report's publication, an
 * observation's first sighting, else the members' {@code valid_from} or creation; only an event
 * with no date anywhere falls back to the file's modification time.
 */
final class StixEvents {

    private static final Set<String> GENERIC_LABELS = Set.of("malicious-activity",
            "anomalous-activity", "benign", "unknown", "compromised", "attribution");
    private static final Comparator<Optional<KillChainStage>> BY_STAGE =
            Comparator.comparingInt(s -> s.map(stage -> stage.number()).orElse(0));

    private final StixBundle bundle;
    private final StixGraph graph;
    private final String dataset;
    private final String file;
    private final AttackCatalog catalog;
    private final WarningLog log;
    private final Instant fallbackDate;
    private final StixKillChains killChains;
    private final Set<String> attached = new HashSet<>();
    private boolean usedFallbackDate;

    StixEvents(StixBundle bundle, String dataset, String file, AttackCatalog catalog,
            WarningLog log, Instant fallbackDate) {
        this.bundle = bundle;
        this.graph = new StixGraph(bundle);
        this.killChains = new StixKillChains(graph, log);
        this.dataset = dataset;
        this.file = file;
        this.catalog = catalog;
        this.log = log;
        this.fallbackDate = fallbackDate;
    }

    List<ThreatEvent> build() {
        warnUnusable();
        List<ThreatEvent> events = new ArrayList<>();
        for (StixContainer container : StixGrouping.containers(bundle, graph)) {
            events.addAll(eventsOf(container));
        }
        warnNotModelled();
        if (usedFallbackDate) {
            log.add(file, "some events have no date in the bundle; they are dated by the"
                    + " file's modification time, " + fallbackDate);
        }
        return events;
    }

    private List<ThreatEvent> eventsOf(StixContainer c) {
        Map<Optional<KillChainStage>, List<StixObject>> byStage = new TreeMap<>(BY_STAGE);
        for (StixObject member : c.members()) {
            byStage.computeIfAbsent(killChains.stageOf(member), s -> new ArrayList<>())
                    .add(member);
        }
        boolean split = byStage.size() > 1;
        List<StixObject> context = context(c);
        List<StixObject> groupPatterns = groupPatterns(c);
        List<EventDraft> drafts = new ArrayList<>();
        for (var entry : byStage.entrySet()) {
            Optional<KillChainStage> stage = entry.getKey();
            String key = c.anchor().id() + "/" + stage.map(KillChainStage::label).orElse("-");
            EventDraft draft = new EventDraft(dataset, EventIds.of(dataset, "stix", key),
                    c.anchor().place(), catalog, log);
            describe(draft, c, context, stage, split);
            entry.getValue().forEach(member -> addValues(draft, member));
            killChains.techniques(draft, entry.getValue(), groupPatterns, stage, split);
            drafts.add(draft);
        }
        List<EventDraft> kept = drafts.stream().filter(d -> d.indicatorCount() > 0).toList();
        kept.forEach(d -> kept.forEach(other -> d.related(other.id())));
        List<ThreatEvent> events = new ArrayList<>();
        drafts.forEach(d -> d.build(Tlp.AMBER).ifPresent(events::add));
        return events;
    }

    private void describe(EventDraft d, StixContainer c, List<StixObject> context,
            Optional<KillChainStage> stage, boolean split) {
        StixObject anchor = c.anchor();
        d.headline(headline(anchor) + (split ? " (" + stage.map(KillChainStage::label)
                .orElse("no kill-chain stage") + ")" : ""));
        d.date(date(c, context));
        stage.ifPresent(d::stage);
        c.actor().ifPresent(actor -> actor(d, actor));
        d.insight(anchor.description());
        OptionalInt confidence = anchor.confidence().isPresent() ? anchor.confidence()
                : c.members().stream().map(StixObject::confidence)
                        .filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).max();
        d.confidence(confidence.orElse(EventDraft.UNKNOWN_CONFIDENCE));
        markings(d, c);
        contextOf(d, c, context);
        d.metadata("source", "stix-" + bundle.specVersion());
        d.metadata("stix.bundle", bundle.id());
        d.metadata("stix.anchor", anchor.id());
    }

    private void actor(EventDraft d, StixObject actor) {
        d.attacker(actor.name());
        d.metadata("attacker.aliases", String.join(", ", actor.aliases()));
        List<String> origins = new ArrayList<>();
        graph.targets(actor.id(), "originates-from").forEach(l -> origins.addAll(l.countries()));
        if (origins.size() == 1) {
            d.attackerCountry(origins.getFirst());
        }
    }

    private void contextOf(EventDraft d, StixContainer c, List<StixObject> context) {
        List<String> campaigns = new ArrayList<>();
        Optional<Instant> first = Optional.empty();
        Optional<Instant> last = Optional.empty();
        if (c.anchor().is("observed-data")) {
            first = c.anchor().firstSeen();
            last = c.anchor().lastSeen();
        }
        for (StixObject o : context) {
            if (o.is("malware") || o.is("tool")) {
                d.tag(o.name());
            }
            if (o.is("malware") && !d.hasCategory()) {
                d.category(o.labels().isEmpty() ? "malware" : o.labels().getFirst());
            }
            if (o.is("campaign")) {
                campaigns.add(o.name());
                first = earliest(first, o.firstSeen());
                last = latest(last, o.lastSeen());
            }
            if (!o.json().isEmpty()) {
                d.metadata("stix:" + o.id(), o.json());
                attached.add(o.id());
            }
        }
        if (!d.hasCategory()) {
            c.members().stream().flatMap(m -> m.labels().stream())
                    .filter(l -> !GENERIC_LABELS.contains(l.toLowerCase(Locale.ROOT)))
                    .findFirst().ifPresent(d::category);
        }
        d.firstSeen(first);
        d.lastSeen(last);
        d.metadata("stix.campaigns", String.join(", ", campaigns));
        targets(d, c, context);
    }

    private void targets(EventDraft d, StixContainer c, List<StixObject> context) {
        Set<String> sources = new TreeSet<>();
        sources.add(c.anchor().id());
        c.actor().ifPresent(a -> sources.add(a.id()));
        context.stream().filter(o -> o.is("campaign")).forEach(o -> sources.add(o.id()));
        Set<String> industries = new TreeSet<>();
        Set<String> countries = new TreeSet<>();
        for (String source : sources) {
            for (StixObject target : graph.targets(source, "targets")) {
                industries.addAll(target.sectors());
                countries.addAll(target.countries());
            }
        }
        if (industries.size() == 1) {
            d.targetIndustry(industries.iterator().next());
        }
        if (countries.size() == 1) {
            d.targetCountry(countries.iterator().next());
        }
        d.metadata("target.industries", industries.size() > 1 ? String.join(",", industries) : "");
        d.metadata("target.countries", countries.size() > 1 ? String.join(",", countries) : "");
    }

    private void markings(EventDraft d, StixContainer c) {
        List<String> refs = new ArrayList<>(c.anchor().markings());
        c.members().forEach(m -> refs.addAll(m.markings()));
        for (String ref : new TreeSet<>(refs)) {
            StixMarkings.fixed(ref)
                    .or(() -> graph.object(ref).flatMap(StixObject::tlp))
                    .ifPresent(d::mark);
        }
    }

    private void addValues(EventDraft d, StixObject member) {
        for (StixValue v : member.values()) {
            d.indicator(v.type(), v.raw(), member.place() + " " + v.path());
        }
    }

    /** The anchor, its references, the members and everything one relationship away. */
    private List<StixObject> context(StixContainer c) {
        Map<String, StixObject> context = new LinkedHashMap<>();
        context.put(c.anchor().id(), c.anchor());
        c.actor().ifPresent(a -> context.putIfAbsent(a.id(), a));
        c.anchor().refs().forEach(r -> graph.object(r).ifPresent(o -> context.putIfAbsent(r, o)));
        graph.neighbours(c.anchor().id()).forEach(o -> context.putIfAbsent(o.id(), o));
        for (StixObject m : c.members()) {
            context.putIfAbsent(m.id(), m);
            graph.neighbours(m.id()).forEach(o -> context.putIfAbsent(o.id(), o));
        }
        return new ArrayList<>(context.values());
    }

    private List<StixObject> groupPatterns(StixContainer c) {
        Map<String, StixObject> patterns = new LinkedHashMap<>();
        c.anchor().refs().forEach(r -> graph.object(r).filter(o -> o.is("attack-pattern"))
                .ifPresent(o -> patterns.putIfAbsent(r, o)));
        graph.neighbours(c.anchor().id()).stream().filter(o -> o.is("attack-pattern"))
                .forEach(o -> patterns.putIfAbsent(o.id(), o));
        return new ArrayList<>(patterns.values());
    }

    private Instant date(StixContainer c, List<StixObject> context) {
        StixObject anchor = c.anchor();
        Optional<Instant> date = anchor.isActor() ? Optional.empty()
                : anchor.firstSeen().or(anchor::created);
        if (date.isEmpty()) {
            date = c.members().stream().map(m -> m.firstSeen().or(m::created))
                    .flatMap(Optional::stream).min(Comparator.naturalOrder());
        }
        if (date.isEmpty()) {
            date = context.stream().map(StixObject::created).flatMap(Optional::stream)
                    .min(Comparator.naturalOrder());
        }
        if (date.isEmpty()) {
            usedFallbackDate = true;
        }
        return date.orElse(fallbackDate);
    }

    private static String headline(StixObject anchor) {
        if (!anchor.name().isEmpty()) {
            return anchor.name();
        }
        if (!anchor.values().isEmpty()) {
            return anchor.type() + " " + anchor.values().getFirst().raw();
        }
        return anchor.id();
    }

    private void warnUnusable() {
        for (StixObject o : bundle.objects()) {
            if (o.values().isEmpty() && !o.unused().isEmpty()) {
                log.add(o.place(), "the indicator names nothing Needle keeps ("
                        + String.join("; ", o.unused()) + "); skipped");
            }
        }
    }

    /**
     * Reports objects of unknown types one by one and objects of unmodelled types once per
     * type, saying whether their JSON went into event metadata.
     */
    private void warnNotModelled() {
        Map<String, List<StixObject>> byType = new TreeMap<>();
        for (StixObject o : bundle.objects()) {
            if (o.json().isEmpty()) {
                continue;
            }
            if (StixTypes.known(o.type())) {
                byType.computeIfAbsent(o.type(), t -> new ArrayList<>()).add(o);
            } else {
                log.add(o.place(), "type '" + o.type() + "' is not a STIX type Needle knows; "
                        + (attached.contains(o.id())
                                ? "its JSON is kept in the metadata of the events it is linked to"
                                : "it is linked to no event, so it is not kept"));
            }
        }
        byType.forEach((type, objects) -> {
            long kept = objects.stream().filter(o -> attached.contains(o.id())).count();
            log.add(objects.getFirst().place(), objects.size() + " " + type + " object"
                    + (objects.size() == 1 ? " is" : "s are") + " not modelled by Needle; "
                    + kept + " kept as JSON in the metadata of the events they are linked to, "
                    + (objects.size() - kept) + " linked to no event and not kept");
        });
    }

    private static Optional<Instant> earliest(Optional<Instant> a, Optional<Instant> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isBefore(b.get())
                ? a.get() : b.get());
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isAfter(b.get())
                ? a.get() : b.get());
    }
}
