package dev.needle.intel.attack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The MITRE ATT&CK Enterprise catalog (v18.1): techniques, tactics and groups, read once from
 * the tables in this package's resources. Immutable and safe to share between threads.
 *
 * <p>Deprecated and revoked techniques and groups are kept and flagged, because older reports
 * name them. Group lookup ignores case, spaces and punctuation, so {@code APT 29},
 * {@code apt29} and {@code Cozy Bear} all find {@code APT29}. When a name belongs to several
 * groups, an active group wins over a deprecated or revoked one, then a group's own name over
 * another group's alias, then the lowest group id. The catalog does not know which technique
 * replaced a revoked one.
 */
public final class AttackCatalog {

    /** The ATT&CK release the tables were generated from. */
    public static final String VERSION = "18.1";

    private static final Pattern TECHNIQUE_ID = Pattern.compile("T\\d{4}(?:\\.\\d{3})?");

    private final Map<String, Technique> techniques;
    private final List<Tactic> tactics;
    private final List<AttackGroup> groups;
    private final Map<String, AttackGroup> groupsByKey;
    private final Map<String, List<Technique>> techniquesByGroup;

    private AttackCatalog(List<Technique> techniques, List<Tactic> tactics,
            List<AttackGroup> groups, List<String[]> groupTechniques) {
        Map<String, Technique> byId = new LinkedHashMap<>();
        techniques.forEach(t -> byId.put(t.id(), t));
        this.techniques = Map.copyOf(byId);
        this.tactics = tactics.stream().sorted(Comparator.comparingInt(Tactic::order)).toList();
        this.groups = List.copyOf(groups);
        this.groupsByKey = Map.copyOf(indexGroups(groups));
        this.techniquesByGroup = Map.copyOf(indexUses(groupTechniques, byId));
    }

    /** The catalog shipped with Needle. */
    public static AttackCatalog enterprise() {
        return Holder.CATALOG;
    }

    /** The technique with this id, such as {@code T1059.001}; case and spaces are ignored. */
    public Optional<Technique> technique(String id) {
        return Optional.ofNullable(techniques.get(id.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The technique with this id, checked.
     *
     * @throws UnknownTechniqueException when the id is malformed or not in the catalog
     */
    public Technique validate(String id) {
        String key = id.strip().toUpperCase(Locale.ROOT);
        if (!TECHNIQUE_ID.matcher(key).matches()) {
            throw new UnknownTechniqueException("'" + id + "' is not an ATT&CK technique id;"
                    + " expected T and four digits, with an optional .001 to .999 sub-technique");
        }
        Technique technique = techniques.get(key);
        if (technique == null) {
            throw new UnknownTechniqueException("'" + id + "' is not a technique of ATT&CK"
                    + " Enterprise v" + VERSION);
        }
        return technique;
    }

    /** The techniques with this name, ignoring case; active ones first. */
    public List<Technique> techniquesNamed(String name) {
        String wanted = name.strip();
        return techniques.values().stream()
                .filter(t -> t.name().equalsIgnoreCase(wanted))
                .sorted(Comparator.comparing((Technique t) -> !t.active())
                        .thenComparing(Technique::id))
                .toList();
    }

    /** The active techniques of a tactic given by id, short name or name; sorted by id. */
    public List<Technique> techniquesOf(String tactic) {
        return tactic(tactic).map(found -> techniques.values().stream()
                .filter(t -> t.active() && t.tactics().contains(found.shortname()))
                .sorted(Comparator.comparing(Technique::id))
                .toList()).orElse(List.of());
    }

    /** Every technique, including deprecated and revoked ones, sorted by id. */
    public List<Technique> techniques() {
        return techniques.values().stream().sorted(Comparator.comparing(Technique::id)).toList();
    }

    /** The tactic with this id ({@code TA0002}), short name ({@code execution}) or name. */
    public Optional<Tactic> tactic(String idOrName) {
        String t = idOrName.strip();
        return tactics.stream().filter(x -> x.id().equalsIgnoreCase(t)
                || x.shortname().equalsIgnoreCase(t) || x.name().equalsIgnoreCase(t))
                .findFirst();
    }

    /** The tactics in matrix order, reconnaissance first. */
    public List<Tactic> tactics() {
        return tactics;
    }

    /** The group with this name or alias, such as {@code APT29}, {@code The Dukes}. */
    public Optional<AttackGroup> group(String nameOrAlias) {
        return Optional.ofNullable(groupsByKey.get(key(nameOrAlias)));
    }

    /** Every group, including deprecated and revoked ones, in catalog order. */
    public List<AttackGroup> groups() {
        return groups;
    }

    /** The techniques ATT&CK records the group as using, sorted by id. */
    public List<Technique> techniquesUsedBy(AttackGroup group) {
        return techniquesByGroup.getOrDefault(group.id(), List.of());
    }

    /** Lower case with everything but letters and digits removed. */
    static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Map<String, AttackGroup> indexGroups(List<AttackGroup> groups) {
        List<AttackGroup> byId = groups.stream().sorted(Comparator.comparing(AttackGroup::id))
                .toList();
        Map<String, AttackGroup> byKey = new HashMap<>();
        for (boolean active : new boolean[] {true, false}) {
            for (AttackGroup g : byId) {
                if (g.active() == active) {
                    byKey.putIfAbsent(key(g.name()), g);
                }
            }
            for (AttackGroup g : byId) {
                if (g.active() == active) {
                    g.aliases().forEach(alias -> byKey.putIfAbsent(key(alias), g));
                }
            }
        }
        return byKey;
    }

    private static Map<String, List<Technique>> indexUses(List<String[]> pairs,
            Map<String, Technique> techniques) {
        Map<String, List<Technique>> byGroup = new HashMap<>();
        for (String[] pair : pairs) {
            Technique t = techniques.get(pair[1]);
            if (t == null) {
                throw new IllegalStateException("group_techniques.csv names technique " + pair[1]
                        + ", which techniques.csv lacks");
            }
            byGroup.computeIfAbsent(pair[0], g -> new ArrayList<>()).add(t);
        }
        byGroup.replaceAll((g, list) -> list.stream()
                .sorted(Comparator.comparing(Technique::id)).toList());
        return byGroup;
    }

    /** Loads the tables on first use. */
    private static final class Holder {
        static final AttackCatalog CATALOG = new AttackCatalog(CatalogTables.techniques(),
                CatalogTables.tactics(), CatalogTables.groups(), CatalogTables.groupTechniques());
    }
}
