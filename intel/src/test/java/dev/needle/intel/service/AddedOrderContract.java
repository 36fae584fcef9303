package dev.needle.intel.service;

import static dev.needle.intel.service.EventBuilder.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needle.core.indicator.IndicatorType;
import dev.needle.intel.ThreatEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Events in the order they were added, with their dates added, as TAXII reads them. */
abstract class AddedOrderContract extends IntelContract {

    private static final String FIRST_IMPORT = "2025-06-02T10:00:00Z";
    private static final String SECOND_IMPORT = "2025-06-03T10:00:00Z";

    private final HandClock clock = new HandClock(NOW);
    private Dataset apt;

    @BeforeEach
    void openWithHandClock() {
        intel.close();
        intel = fixture.open(clock);
        apt = dataset("apt", Sharing.privately());
    }

    private static ThreatEvent dated(int n, String date) {
        return event(n).at(date).indicator(IndicatorType.IPV4, "192.0.2." + n).build();
    }

    private List<String> added(Optional<EventPosition> after) {
        return intel.eventsAdded(acme, "apt", after, 100).stream()
                .map(e -> e.event().id().toString().substring(34) + "@" + e.added()).toList();
    }

    private void importAt(String time, ThreatEvent... events) {
        clock.set(time);
        load("apt", List.of(events));
    }

    @Test
    void eventsAdded_twoImports_comeInImportOrderAtImportTimesNotEventDates() {
        importAt(FIRST_IMPORT, dated(1, "2025-05-10T00:00:00Z"), dated(2, "2025-05-01T00:00:00Z"));
        importAt(SECOND_IMPORT, dated(3, "2024-01-01T00:00:00Z"));

        assertThat(added(Optional.empty())).containsExactly("01@2025-06-02T10:00:00Z",
                "02@2025-06-02T10:00:00.000001Z", "03@2025-06-03T10:00:00Z");
    }

    @Test
    void eventsAdded_afterAPosition_startsStrictlyAfterIt() {
        importAt(FIRST_IMPORT, dated(1, "2025-05-10T00:00:00Z"), dated(2, "2025-05-01T00:00:00Z"));
        importAt(SECOND_IMPORT, dated(3, "2024-01-01T00:00:00Z"));
        Instant first = Instant.parse(FIRST_IMPORT);

        assertThat(added(Optional.of(new EventPosition(first, EventBuilder.uuid(1)))))
                .containsExactly("02@2025-06-02T10:00:00.000001Z", "03@2025-06-03T10:00:00Z");
        assertThat(added(Optional.of(EventPosition.endOf(first.plusNanos(1_000)))))
                .containsExactly("03@2025-06-03T10:00:00Z");
        assertThat(added(Optional.of(EventPosition.endOf(first.plusNanos(500)))))
                .containsExactly("02@2025-06-02T10:00:00.000001Z", "03@2025-06-03T10:00:00Z");
    }

    @Test
    void eventsAdded_replacedEvent_isAddedAnew() {
        importAt(FIRST_IMPORT, dated(1, "2025-05-10T00:00:00Z"), dated(2, "2025-05-01T00:00:00Z"));
        importAt(SECOND_IMPORT, dated(1, "2025-05-11T00:00:00Z"));

        assertThat(added(Optional.empty())).containsExactly("02@2025-06-02T10:00:00.000001Z",
                "01@2025-06-03T10:00:00Z");
    }

    @Test
    void eventsAdded_clockSetBack_stillAddsAfterTheLatest() {
        importAt(SECOND_IMPORT, dated(1, "2025-05-10T00:00:00Z"));
        importAt(FIRST_IMPORT, dated(2, "2025-05-01T00:00:00Z"));

        assertThat(added(Optional.empty())).containsExactly("01@2025-06-03T10:00:00Z",
                "02@2025-06-03T10:00:00.000001Z");
    }

    @Test
    void eventsAdded_limitAndAccess_areChecked() {
        importAt(FIRST_IMPORT, dated(1, "2025-05-10T00:00:00Z"), dated(2, "2025-05-01T00:00:00Z"));

        assertThat(intel.eventsAdded(acme, "apt", Optional.empty(), 1)).hasSize(1);
        assertThatThrownBy(() -> intel.eventsAdded(acme, "apt", Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit 0 is not within 1 to 1000");
        assertThatThrownBy(() -> intel.eventsAdded(globex, "apt", Optional.empty(), 10))
                .isInstanceOf(DatasetNotFoundException.class);
    }

    @Test
    void migration_storeWrittenBeforeDatesAdded_takesThemFromImportTimes() throws Exception {
        importAt(FIRST_IMPORT, dated(2, "2025-05-10T00:00:00Z"), dated(1, "2025-05-01T00:00:00Z"));
        importAt(SECOND_IMPORT, dated(3, "2024-01-01T00:00:00Z"));
        intel.close();
        fixture.rewind(apt.id(), 3);

        intel = fixture.open(clock);

        assertThat(added(Optional.empty())).containsExactly("01@2025-06-02T10:00:00Z",
                "02@2025-06-02T10:00:00.000001Z", "03@2025-06-03T10:00:00Z");
        importAt("2025-06-01T00:00:00Z", dated(4, "2025-05-01T00:00:00Z"));
        assertThat(added(Optional.empty())).last()
                .isEqualTo("04@2025-06-03T10:00:00.000001Z");
    }
}
