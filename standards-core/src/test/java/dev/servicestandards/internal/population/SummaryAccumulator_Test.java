package dev.servicestandards.internal.population;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.servicestandards.api.ClauseKind;

class SummaryAccumulator_Test {

    @ParameterizedTest(name = "{0} before {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DAY     | 2025-03-01 | 2025-02-28
            DAY     | 2024-03-01 | 2024-02-29
            WEEK    | 2025-W10   | 2025-W09
            # 2025-W01 starts on Monday 2024-12-30; the week before it is the last of 2024, its 52nd
            WEEK    | 2025-W01   | 2024-W52
            # 2020 had 53 ISO weeks
            WEEK    | 2021-W01   | 2020-W53
            MONTH   | 2025-03    | 2025-02
            MONTH   | 2025-01    | 2024-12
            QUARTER | 2025-Q1    | 2024-Q4
            QUARTER | 2025-Q3    | 2025-Q2
            YEAR    | 2025       | 2024
            """)
    void the_previous_period(ClauseKind.Period period, String label, String previous) {
        assertThat(SummaryAccumulator.previousPeriod(period, label)).isEqualTo(previous);
    }
}
