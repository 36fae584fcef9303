package dev.needle.intel.attack;

import dev.needle.intel.ImportException;
import dev.needle.intel.internal.CsvReader;
import dev.needle.intel.internal.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the ATT&CK CSV tables shipped in this package's resources. The tables are part of the
 * build, so a missing or malformed one is a broken invariant, not bad input.
 */
final class CatalogTables {

    private CatalogTables() {
    }

    static List<Technique> techniques() {
        return read("techniques.csv", List.of("technique_id", "name", "tactics",
                "is_subtechnique", "parent_id", "platforms", "deprecated", "revoked"),
                f -> new Technique(f.get("technique_id"), f.get("name"), list(f.get("tactics")),
                        optional(f.get("parent_id")), list(f.get("platforms")),
                        flag(f.get("deprecated")), flag(f.get("revoked"))));
    }

    static List<Tactic> tactics() {
        return read("tactics.csv", List.of("tactic_id", "shortname", "name", "order"),
                f -> new Tactic(f.get("tactic_id"), f.get("shortname"), f.get("name"),
                        Integer.parseInt(f.get("order"))));
    }

    static List<AttackGroup> groups() {
        return read("groups.csv", List.of("group_id", "name", "aliases", "deprecated", "revoked"),
                f -> new AttackGroup(f.get("group_id"), f.get("name"), list(f.get("aliases")),
                        flag(f.get("deprecated")), flag(f.get("revoked"))));
    }

    /** Pairs of group id and technique id. */
    static List<String[]> groupTechniques() {
        return read("group_techniques.csv", List.of("group_id", "technique_id"),
                f -> new String[] {f.get("group_id"), f.get("technique_id")});
    }

    private static <T> List<T> read(String name, List<String> columns,
            Function<Map<String, String>, T> row) {
        try (InputStream in = CatalogTables.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("ATT&CK table " + name
                        + " is missing from the classpath");
            }
            CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                    name, ',', false);
            List<String> header = csv.next().map(CsvRecord::fields).orElse(List.of());
            if (!header.containsAll(columns)) {
                throw new IllegalStateException("ATT&CK table " + name + " has columns "
                        + header + "; expected " + columns);
            }
            List<T> rows = new ArrayList<>();
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                rows.add(row.apply(fields(header, r.get())));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ATT&CK table " + name, e);
        } catch (ImportException e) {
            throw new IllegalStateException("ATT&CK table " + e.getMessage(), e);
        }
    }

    private static Map<String, String> fields(List<String> header, CsvRecord record) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), record.field(i).strip());
        }
        return fields;
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<String> optional(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static boolean flag(String text) {
        return Boolean.parseBoolean(text);
    }
}
