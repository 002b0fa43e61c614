package dev.servicestandards.model.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CalendarText_dates_Test {

    @Test
    void a_range_holds_both_ends_and_the_days_between() {
        assertThat(CalendarText.dates(" 2026-01-01 .. 2026-01-03 ")).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3));
        assertThat(CalendarText.dates("2026-02-28")).containsExactly(LocalDate.of(2026, 2, 28));
    }

    @Test
    void a_range_may_span_up_to_367_days_and_no_more() {
        // 2026-01-01..2027-01-02 is 366 days after its start: 367 dates, accepted
        assertThat(CalendarText.dates("2026-01-01..2027-01-02")).hasSize(367);
        // one more day, 367 days after the start, is refused
        assertThatThrownBy(() -> CalendarText.dates("2026-01-01..2027-01-03"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'2026-01-01..2027-01-03' spans more than 367 days");
    }
}
