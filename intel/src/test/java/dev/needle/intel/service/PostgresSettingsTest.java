package dev.needle.intel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reading the {@code --db} URL. */
class PostgresSettingsTest {

    @Test
    void fromDbUrl_fullUrl_splitsCredentialsFromJdbcUrl() {
        PostgresSettings settings = PostgresSettings.fromDbUrl(
                "postgresql://needle:s%40cret%3Ax@db.internal:6432/intel?sslmode=require");

        assertThat(settings.jdbcUrl())
                .isEqualTo("jdbc:postgresql://db.internal:6432/intel?sslmode=require");
        assertThat(settings.user()).isEqualTo("needle");
        assertThat(settings.password()).isEqualTo("s@cret:x");
        assertThat(settings.registrySchema()).isEqualTo("needle_registry");
        assertThat(settings.toString()).doesNotContain("s@cret");
    }

    @Test
    void fromDbUrl_needleSchema_namesRegistryAndDatasetSchemasAndIsNotPassedOn() {
        PostgresSettings settings = PostgresSettings.fromDbUrl(
                "postgresql://needle:pw@127.0.0.1/intel?sslmode=disable&needle_schema=team_a");

        assertThat(settings.jdbcUrl())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/intel?sslmode=disable");
        assertThat(settings.registrySchema()).isEqualTo("team_a");
        assertThat(settings.datasetSchemaPrefix()).isEqualTo("team_a_ds_");
        assertThatThrownBy(() -> PostgresSettings.fromDbUrl(
                "postgresql://needle:pw@127.0.0.1/intel?needle_schema=x;drop"))
                .hasMessageContaining("needle_schema 'x;drop'");
    }

    @Test
    void fromDbUrl_noPortOrDatabase_usesDefaults() {
        PostgresSettings settings = PostgresSettings.fromDbUrl("postgres://needle:pw@127.0.0.1");

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/needle");
    }

    @Test
    void fromDbUrl_badUrls_sayWhatIsExpectedWithoutThePassword() {
        assertThatThrownBy(() -> PostgresSettings.fromDbUrl("mysql://root:hunter2@db/x"))
                .hasMessage("--db 'mysql://root:***@db/x': expected a URL starting with"
                        + " postgresql://");
        assertThatThrownBy(() -> PostgresSettings.fromDbUrl("postgresql://db.internal/intel"))
                .hasMessage("--db 'postgresql://db.internal/intel': expected"
                        + " postgresql://user:password@host:port/database");
        assertThatThrownBy(() -> PostgresSettings.fromDbUrl("postgresql://u:p%zz@h/d"))
                .hasMessage("--db 'postgresql://u:***@h/d' is not a valid URL at index 16");
    }
}
