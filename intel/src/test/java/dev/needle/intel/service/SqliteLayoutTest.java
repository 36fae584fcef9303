package dev.needle.intel.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the embedded mode puts its files. */
class SqliteLayoutTest {

    @TempDir
    Path dataDir;

    @Test
    void createDataset_writesRegistryAndOneFilePerDataset() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
        try (IntelService intel = IntelService.openEmbedded(dataDir, clock)) {
            intel.createOrganisation("acme");
            Principal acme = intel.authenticate(intel.issueToken("acme", Set.of(Scope.ADMIN),
                    "").secret()).orElseThrow();

            Dataset apt = intel.createDataset(acme, DatasetSpec.named("apt"));
            Dataset ddos = intel.createDataset(acme, DatasetSpec.named("ddos"));

            assertThat(apt.id()).matches("[0-9a-f]{32}");
            assertThat(dataDir.resolve("intel/registry.sqlite")).isRegularFile();
            assertThat(dataDir.resolve("intel/datasets/" + apt.id() + ".sqlite")).isRegularFile();
            assertThat(dataDir.resolve("intel/datasets/" + ddos.id() + ".sqlite"))
                    .isRegularFile();
        }
        assertThat(Files.exists(dataDir.resolve("intel/datasets"))).isTrue();
    }
}
