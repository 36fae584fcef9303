package dev.needle.analyst.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.analyst.Intent;
import dev.needle.analyst.Plan;
import dev.needle.analyst.ToolCall;
import dev.needle.intel.service.PostgresSettings;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conversation store on both backends: state round trips, organisations are kept apart,
 * profiles are per organisation. PostgreSQL is the server at {@code NEEDLE_TEST_PG_JDBC}, in a
 * schema unique to this run and dropped after it; without the variable the test fails, since CI
 * always sets it.
 */
class ConversationStoreTest {

    @TempDir
    static Path dir;

    private static final String RUN = "needle_t" + HexFormat.of().formatHex(
            new SecureRandom().generateSeed(4));
    private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    static Stream<ConversationStore> stores() {
        String jdbc = System.getenv("NEEDLE_TEST_PG_JDBC");
        if (jdbc == null || jdbc.isBlank()) {
            throw new AssertionError("NEEDLE_TEST_PG_JDBC is not set; .ci/run sets it to"
                    + " jdbc:postgresql://127.0.0.1:5432/needle (user and password needle)");
        }
        PostgresSettings settings = PostgresSettings.of(jdbc, "needle", "needle")
                .withSchemas(RUN + "_registry", RUN + "_ds_");
        return Stream.of(ConversationStore.embedded(dir), ConversationStore.postgres(settings));
    }

    @AfterAll
    static void dropSchema() throws Exception {
        try (Connection connection = DriverManager.getConnection(
                System.getenv("NEEDLE_TEST_PG_JDBC"), "needle", "needle")) {
            connection.createStatement().execute("DROP SCHEMA IF EXISTS " + RUN
                    + "_registry_analyst CASCADE");
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void state_roundTrips_andStaysWithItsOrganisation(ConversationStore store) {
        ConversationState start = ConversationState.start(Profile.unknown());
        String id = ConversationStore.newId();
        ToolCall call = ToolCall.of("traffic_top", Map.of("field", "ip", "limit", "5",
                "where", "path = *login* and ua = \"it's \\\"quoted\\\"\""));
        Entities named = new Entities(List.of("192.0.2.1", "192.0.2.2"), List.of("/a"),
                List.of("APT1"), List.of("evil.example"));
        ConversationState after = start.after(Plan.of(Intent.TOP, call, "top"), named);
        store.append("blue", id, true, "top 5 ips", "{\"text\":\"five\"}", after, NOW);
        String other = ConversationStore.newId();
        store.append("blue", other, true, "hi", "{}", start, NOW);
        assertThat(store.answers("blue", other)).contains(List.of("{}"));

        assertThat(store.state("blue", id)).contains(after);
        assertThat(store.state("red", id)).isEmpty();
        assertThat(store.answers("blue", id)).contains(List.of("{\"text\":\"five\"}"));
        assertThat(store.answers("red", id)).isEmpty();
        assertThat(store.state("blue", "no-such-id")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void profile_isPerOrganisation_andUpdates(ConversationStore store) {
        String org = "org" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
        assertThat(store.profile(org)).isEqualTo(Profile.unknown());
        store.setProfile(org, new Profile(Optional.of("finance"), Optional.empty()));
        store.setProfile(org, new Profile(Optional.of("energy"), Optional.of("DE")));
        assertThat(store.profile(org)).isEqualTo(new Profile(Optional.of("energy"),
                Optional.of("DE")));
        assertThat(store.profile(org + "x")).isEqualTo(Profile.unknown());
        String id = ConversationStore.newId();
        store.append(org, id, true, "hello", "{}", ConversationState.start(Profile.unknown()),
                NOW);
        assertThat(store.state(org, id).orElseThrow().profile().country()).contains("DE");
    }
}
