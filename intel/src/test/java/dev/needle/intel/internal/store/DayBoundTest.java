package dev.needle.intel.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needle.intel.service.SearchOperator;
import dev.needle.intel.service.SearchTerm;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayBoundTest {

    private static final long MAY_1 = LocalDate.of(2025, 5, 1).toEpochDay();

    private static SearchTerm date(SearchOperator op, String value) {
        return SearchTerm.of("date", op, value);
    }

    @Test
    void of_gteAndLtAtMidnight_keepFromOrBeforeThatDay() {
        assertThat(DayBound.of(date(SearchOperator.GTE, "2025-05-01")))
                .contains(new DayBound(true, MAY_1));
        assertThat(DayBound.of(date(SearchOperator.LT, "2025-05-01T00:00:00Z")))
                .contains(new DayBound(false, MAY_1));
    }

    @Test
    void of_gtAndLteOneMillisecondBeforeMidnight_boundAtTheNextDay() {
        assertThat(DayBound.of(date(SearchOperator.GT, "2025-04-30T23:59:59.999Z")))
                .contains(new DayBound(true, MAY_1));
        assertThat(DayBound.of(date(SearchOperator.LTE, "2025-04-30T23:59:59.999Z")))
                .contains(new DayBound(false, MAY_1));
    }

    @Test
    void of_offsetAtUtcMidnight_isADayBound() {
        assertThat(DayBound.of(date(SearchOperator.GTE, "2025-05-01T02:00:00+02:00")))
                .contains(new DayBound(true, MAY_1));
    }

    @Test
    void of_beforeTheEpoch_roundsDaysDown() {
        assertThat(DayBound.of(date(SearchOperator.GTE, "1969-12-31")))
                .contains(new DayBound(true, -1));
    }

    @Test
    void of_boundInsideADayOrNotAnOrdering_givesNothing() {
        assertThat(DayBound.of(date(SearchOperator.GTE, "2025-05-01T00:00:00.001Z"))).isEmpty();
        assertThat(DayBound.of(date(SearchOperator.GT, "2025-05-01"))).isEmpty();
        assertThat(DayBound.of(date(SearchOperator.LTE, "2025-05-01"))).isEmpty();
        assertThat(DayBound.of(date(SearchOperator.EQUALS, "2025-05-01"))).isEmpty();
        assertThat(DayBound.of(date(SearchOperator.GTE, "yesterday"))).isEmpty();
    }
}
