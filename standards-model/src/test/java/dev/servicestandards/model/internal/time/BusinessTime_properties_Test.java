package dev.servicestandards.model.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.servicestandards.model.BusinessCalendar;
import dev.servicestandards.model.TimeAllowance;

/**
 * Properties of business-time arithmetic, checked on many generated cases per calendar. The
 * generator is seeded, so a failure names its case and reproduces exactly.
 */
class BusinessTime_properties_Test {

    private static final long SEED = 20261124L;
    private static final int CASES = 1_000;
    /** Starts within the years the official calendar ships, leaving room for the durations. */
    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2026-10-01T00:00:00Z");

    private static final Map<String, BusinessCalendar> CALENDARS = Map.of(
            "24x7 Shanghai", new TwentyFourSeven(ZoneId.of("Asia/Shanghai")),
            "24x7 New York", new TwentyFourSeven(ZoneId.of("America/New_York")),
            "Mon–Fri Berlin", WorkingCalendar_Test.calendar(ZoneId.of("Europe/Berlin"), null, "", List.of(), List.of()),
            "office hours Sydney", WorkingCalendar_Test.calendar(ZoneId.of("Australia/Sydney"), null,
                    "01:30-03:30,09:00-12:00,13:30-18:00", List.of(), List.of("2025-10-05")),
            "office hours New York", WorkingCalendar_Test.calendar(ZoneId.of("America/New_York"), null,
                    "00:30-02:30,09:00-12:00,13:00-24:00", List.of(), List.of()),
            "cn-official office hours", WorkingCalendar_Test.CN_OFFICE,
            "cn-official whole days", WorkingCalendar_Test.CN);

    private record Case(int number, Instant start, Duration a, Duration b) {
        @Override
        public String toString() {
            return "case " + number + " (seed " + SEED + "): start " + start + ", a " + a + ", b " + b;
        }
    }

    private static List<Case> cases() {
        SplittableRandom random = new SplittableRandom(SEED);
        long span = LAST.getEpochSecond() - FIRST.getEpochSecond();
        return java.util.stream.IntStream.range(0, CASES).mapToObj(i -> {
            // whole minutes mostly, odd seconds sometimes: boundaries are where bugs live
            Instant start = FIRST.plusSeconds(random.nextLong(span) / (i % 3 == 0 ? 1 : 60) * (i % 3 == 0 ? 1 : 60));
            Duration a = Duration.ofMinutes(random.nextLong(0, 60 * 120));
            Duration b = Duration.ofSeconds(random.nextLong(0, 3600 * 80));
            return new Case(i, start, a, b);
        }).toList();
    }

    @TestFactory
    Stream<DynamicContainer> properties() {
        List<Case> cases = cases();
        return CALENDARS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> {
            BusinessCalendar calendar = entry.getValue();
            return DynamicContainer.dynamicContainer(entry.getKey(), Stream.of(
                    DynamicTest.dynamicTest("deadline(t, a + b) = deadline(deadline(t, a), b)", () -> {
                        for (Case c : cases) {
                            Instant viaA = calendar.plusWorkingTime(c.start(), c.a());
                            assertThat(calendar.plusWorkingTime(viaA, c.b())).as("%s", c)
                                    .isEqualTo(calendar.plusWorkingTime(c.start(), c.a().plus(c.b())));
                        }
                    }),
                    DynamicTest.dynamicTest("working time from t to deadline(t, d) is d", () -> {
                        for (Case c : cases) {
                            Instant deadline = calendar.plusWorkingTime(c.start(), c.b());
                            assertThat(calendar.workingTime(c.start(), deadline)).as("%s", c).isEqualTo(c.b());
                        }
                    }),
                    DynamicTest.dynamicTest("deadlines are never earlier than the start, and grow with the allowance", () -> {
                        for (Case c : cases) {
                            Instant shorter = calendar.plusWorkingTime(c.start(), c.a());
                            Instant longer = calendar.plusWorkingTime(c.start(), c.a().plus(c.b()));
                            assertThat(shorter).as("%s", c).isAfterOrEqualTo(c.start());
                            assertThat(longer).as("%s", c).isAfterOrEqualTo(shorter);
                            int days = (int) (c.b().toHours() % 10) + 1;
                            assertThat(calendar.deadline(c.start(), new TimeAllowance.WorkingDays(days))).as("%s", c)
                                    .isAfter(c.start());
                            assertThat(calendar.deadline(c.start(), new TimeAllowance.CalendarDays(days))).as("%s", c)
                                    .isAfter(c.start());
                        }
                    }),
                    DynamicTest.dynamicTest("working time is additive over a split point", () -> {
                        for (Case c : cases) {
                            Instant middle = c.start().plus(c.a());
                            Instant end = middle.plus(c.b());
                            assertThat(calendar.workingTime(c.start(), middle).plus(calendar.workingTime(middle, end)))
                                    .as("%s", c).isEqualTo(calendar.workingTime(c.start(), end));
                        }
                    })));
        });
    }
}
