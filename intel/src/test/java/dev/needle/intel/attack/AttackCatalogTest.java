package dev.needle.intel.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttackCatalogTest {

    private final AttackCatalog catalog = AttackCatalog.enterprise();

    @Test
    void technique_subtechniqueId_hasNameTacticAndParent() {
        Technique powershell = catalog.technique("T1059.001").orElseThrow();

        assertThat(powershell.name()).isEqualTo("PowerShell");
        assertThat(powershell.tactics()).containsExactly("execution");
        assertThat(powershell.parentId()).contains("T1059");
        assertThat(powershell.subtechnique()).isTrue();
        assertThat(powershell.active()).isTrue();
        assertThat(powershell.platforms()).containsExactly("Windows");
    }

    @Test
    void technique_lowerCaseWithSpaces_isFound() {
        assertThat(catalog.technique(" t1059 ")).map(Technique::name)
                .contains("Command and Scripting Interpreter");
    }

    @Test
    void validate_revokedAndDeprecatedIds_areKnownAndFlagged() {
        Technique oldPowershell = catalog.validate("T1086");
        Technique commonlyUsedPort = catalog.validate("T1043");

        assertThat(oldPowershell.revoked()).isTrue();
        assertThat(oldPowershell.active()).isFalse();
        assertThat(commonlyUsedPort.deprecated()).isTrue();
        assertThat(commonlyUsedPort.revoked()).isFalse();
    }

    @Test
    void validate_unknownId_namesTheIdAndTheRelease() {
        assertThatThrownBy(() -> catalog.validate("T9999"))
                .isInstanceOf(UnknownTechniqueException.class)
                .hasMessageContaining("'T9999'")
                .hasMessageContaining("v18.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1059", "T105", "T1059.1", "TA0002", "T1059.001.002", "", "CAPEC-163"})
    void validate_malformedId_explainsTheForm(String id) {
        assertThatThrownBy(() -> catalog.validate(id))
                .isInstanceOf(UnknownTechniqueException.class)
                .hasMessageContaining("'" + id + "' is not an ATT&CK technique id");
    }

    @Test
    void techniques_countsMatchTheShippedTable() throws IOException {
        long rows = resourceLines("techniques.csv") - 1;

        assertThat(catalog.techniques()).hasSize((int) rows).hasSize(835);
        assertThat(catalog.techniques().stream().filter(Technique::active)).hasSize(691);
    }

    @Test
    void techniquesNamed_findsActiveBeforeRevoked() {
        assertThat(catalog.techniquesNamed("powershell")).extracting(Technique::id)
                .containsExactly("T1059.001", "T1086");
    }

    @Test
    void techniquesOf_tactic_listsActiveTechniquesOfIt() {
        assertThat(catalog.techniquesOf("command-and-control")).extracting(Technique::id)
                .contains("T1071.001", "T1090.003")
                .doesNotContain("T1043", "T1059.001");
        assertThat(catalog.techniquesOf("TA0011")).isEqualTo(
                catalog.techniquesOf("Command and Control"));
        assertThat(catalog.techniquesOf("no-such-tactic")).isEmpty();
    }

    @Test
    void tactics_areInMatrixOrder() {
        assertThat(catalog.tactics()).hasSize(14);
        assertThat(catalog.tactics().getFirst().shortname()).isEqualTo("reconnaissance");
        assertThat(catalog.tactics().getLast().shortname()).isEqualTo("impact");
        assertThat(catalog.tactic("execution")).map(Tactic::order).contains(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"APT29", "apt 29", "The Dukes", "Cozy Bear", "COZY-BEAR",
        "Midnight Blizzard", "NOBELIUM", "Dark Halo"})
    void group_nameOrAlias_findsApt29(String name) {
        assertThat(catalog.group(name)).map(AttackGroup::id).contains("G0016");
    }

    @Test
    void group_aliasOfRevokedAndActiveGroups_findsTheActiveOne() {
        assertThat(catalog.group("APT34")).map(AttackGroup::name).contains("OilRig");
    }

    @Test
    void group_unknownName_isEmpty() {
        assertThat(catalog.group("Turla Group")).isEmpty();
        assertThat(catalog.group("Turla")).map(AttackGroup::id).contains("G0010");
    }

    @Test
    void techniquesUsedBy_apt29_matchesTheShippedTable() throws IOException {
        String table = resource("group_techniques.csv");
        long rows = table.lines().filter(l -> l.startsWith("G0016,")).count();
        AttackGroup apt29 = catalog.group("APT29").orElseThrow();

        assertThat(catalog.techniquesUsedBy(apt29)).hasSize((int) rows)
                .extracting(Technique::id).contains("T1059.001");
    }

    private static long resourceLines(String name) throws IOException {
        return resource(name).lines().count();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AttackCatalog.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
