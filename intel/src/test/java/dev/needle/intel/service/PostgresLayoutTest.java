package dev.needle.intel.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where the server mode puts its schemas. */
class PostgresLayoutTest {

    private final PostgresFixture fixture = PostgresFixture.fromEnvironment();

    @AfterEach
    void dropSchemas() throws Exception {
        fixture.close();
    }

    @Test
    void createDataset_addsOneSchemaPerDatasetBesideTheRegistry() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
        Dataset apt;
        try (IntelService intel = fixture.open(clock)) {
            intel.createOrganisation("acme");
            Principal acme = intel.authenticate(intel.issueToken("acme", Set.of(Scope.ADMIN),
                    "").secret()).orElseThrow();
            apt = intel.createDataset(acme, DatasetSpec.named("apt"));
        }

        assertThat(fixture.schemas()).containsExactlyInAnyOrder(fixture.registrySchema(),
                fixture.datasetSchema(apt.id()));
    }
}
