package dev.needle.bench.intel;

import dev.needle.bench.SplitMix64;
import dev.needle.core.indicator.Indicator;
import dev.needle.intel.KillChainStage;
import dev.needle.intel.ThreatEvent;
import dev.needle.intel.Tlp;
import dev.needle.intel.attack.AttackCatalog;
import dev.needle.intel.attack.AttackGroup;
import dev.needle.intel.attack.Technique;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Generates threat events that look like a commercial feed's, the same ones for the same seed
 * on every JVM.
 *
 * <p>Each event is attributed (nine in ten) to an active ATT&CK group, drawn with Zipf
 * popularity over a seeded order of the groups, and carries one to three of the techniques
 * ATT&CK records for that group. Its category decides its usual kill-chain stage (eight in
 * ten; otherwise another stage or none). Dates are uniform over the year from
 * {@link #FIRST_DAY}. Each event has one indicator: an IPv4 address from a fixed space (eight
 * in ten), a domain (one in ten), a URL or a file hash. Countries, industries, TLP and tags
 * follow the mix in {@link Vocabulary}.
 *
 * <p>Limits: dates carry no weekly rhythm or campaigns; attackers' countries are assigned by
 * position, not by any real attribution; every indicator is made up.
 */
public final class IntelEventGenerator {

    /** The first day events fall on, at midnight UTC. */
    public static final Instant FIRST_DAY = Instant.parse("2025-01-01T00:00:00Z");

    /** The span events fall in. */
    public static final Duration SPAN = Duration.ofDays(365);

    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();
    private static final long ADDRESS_STREAM = 0x1B873593L;
    private static final long ATTACKER_STREAM = 0x68E31DA4L;

    private final SplitMix64 random;
    private final IndicatorMint mint;
    private final Weighted<Attacker> attackers;
    private final List<String> anyTechniques;
    private int[] ipv4Drawn = new int[1024];
    private int ipv4Count;

    /**
     * A generator whose events draw IPv4 addresses from {@code addressSpace} distinct public
     * addresses.
     */
    public IntelEventGenerator(long seed, int addressSpace) {
        // Separate streams keep the attackers' order and the events' draws independent of
        // the size of the address space, so that EVENTS changes only how many events there are.
        this.random = new SplitMix64(seed);
        this.mint = IndicatorMint.create(addressSpace, new SplitMix64(seed ^ ADDRESS_STREAM));
        AttackCatalog catalog = AttackCatalog.enterprise();
        this.attackers = Weighted.zipf(attackers(catalog,
                new SplitMix64(seed ^ ATTACKER_STREAM)));
        this.anyTechniques = catalog.techniques().stream().filter(Technique::active)
                .map(Technique::id).toList();
    }

    /** The next {@code count} events, marked as belonging to {@code dataset}. */
    public List<ThreatEvent> next(int count, String dataset) {
        List<ThreatEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(next(dataset));
        }
        return events;
    }

    /** The attacker names, most frequent first. */
    public List<String> attackersByPopularity() {
        return attackers.values().stream().map(Attacker::name).toList();
    }

    /** The IPv4 addresses of the events generated so far, in order, repeats included. */
    public int[] ipv4Drawn() {
        return Arrays.copyOf(ipv4Drawn, ipv4Count);
    }

    private ThreatEvent next(String dataset) {
        UUID id = new UUID(random.nextLong() & ~0xF000L | 0x4000L,
                random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L);
        Instant date = FIRST_DAY.plusMillis((long) (random.nextDouble() * SPAN.toMillis()));
        Optional<Attacker> attacker = random.nextInt(10) == 0 ? Optional.empty()
                : Optional.of(attackers.draw(random));
        Category category = Vocabulary.CATEGORIES.draw(random);
        String targetCountry = Vocabulary.TARGET_COUNTRIES.draw(random);
        String industry = Vocabulary.INDUSTRIES.draw(random);
        Indicator indicator = indicator();
        Tlp tlp = Vocabulary.TLPS.draw(random);
        String name = attacker.map(Attacker::name).orElse("");
        String headline = (name.isEmpty() ? "Unattributed" : name) + " " + category.name()
                + " against " + industry + " in " + targetCountry + ": " + indicator.value();
        Instant firstSeen = date.minusMillis(random.nextInt(7) * DAY_MILLIS);
        Instant lastSeen = date.plusMillis(random.nextInt(30) * DAY_MILLIS);
        return new ThreatEvent(id, dataset, date, headline, category.name(), name,
                attacker.map(Attacker::country).orElse(""), targetCountry, industry,
                List.of(indicator), stage(category), techniques(attacker), tags(),
                tlp, 30 + random.nextInt(71), Optional.of(firstSeen), Optional.of(lastSeen),
                insight(category), List.of(), Map.of());
    }

    private Indicator indicator() {
        int kind = random.nextInt(20);
        if (kind < 16) {
            int address = mint.drawAddress(random);
            if (ipv4Count == ipv4Drawn.length) {
                ipv4Drawn = Arrays.copyOf(ipv4Drawn, ipv4Count * 2);
            }
            ipv4Drawn[ipv4Count++] = address;
            return IndicatorMint.ipv4(address);
        }
        if (kind < 18) {
            return mint.drawDomain(random);
        }
        return kind == 18 ? mint.drawUrl(random) : IndicatorMint.drawHash(random);
    }

    private Optional<KillChainStage> stage(Category category) {
        int roll = random.nextInt(100);
        if (roll < 80) {
            return Optional.of(category.stage());
        }
        if (roll < 92) {
            return Optional.of(KillChainStage.values()[random.nextInt(7)]);
        }
        return Optional.empty();
    }

    private List<String> techniques(Optional<Attacker> attacker) {
        List<String> pool = attacker.map(Attacker::techniques).filter(t -> !t.isEmpty())
                .orElse(anyTechniques);
        int wanted = 1 + random.nextInt(3);
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < wanted; i++) {
            chosen.add(pool.get(random.nextInt(pool.size())));
        }
        return List.copyOf(chosen);
    }

    private List<String> tags() {
        List<String> all = Vocabulary.TAGS;
        return switch (random.nextInt(4)) {
            case 0 -> List.of();
            case 1, 2 -> List.of(all.get(random.nextInt(all.size())));
            default -> {
                String first = all.get(random.nextInt(all.size()));
                String second = all.get(random.nextInt(all.size()));
                yield first.equals(second) ? List.of(first) : List.of(first, second);
            }
        };
    }

    private String insight(Category category) {
        if (random.nextInt(3) == 0) {
            return "";
        }
        return "Seen in " + category.name().toLowerCase(Locale.ROOT)
                + " reported by partners; confirmed by " + (1 + random.nextInt(5)) + " sources.";
    }

    /** The active groups with their techniques, in a seeded order that sets their popularity. */
    private static List<Attacker> attackers(AttackCatalog catalog, SplitMix64 random) {
        List<Attacker> found = new ArrayList<>();
        List<String> countries = Vocabulary.ATTACKER_COUNTRIES;
        for (AttackGroup group : catalog.groups()) {
            if (group.active()) {
                List<String> techniques = catalog.techniquesUsedBy(group).stream()
                        .filter(Technique::active).map(Technique::id).toList();
                found.add(new Attacker(group.name(), countries.get(found.size() % 3 == 0 ? 0
                        : found.size() % countries.size()), techniques));
            }
        }
        for (int i = found.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            found.set(j, found.set(i, found.get(j)));
        }
        return found;
    }
}
