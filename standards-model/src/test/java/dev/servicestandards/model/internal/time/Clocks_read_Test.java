package dev.servicestandards.model.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.servicestandards.model.BusinessCalendar;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.TimeAllowance;

class Clocks_read_Test {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar ALWAYS = new TwentyFourSeven(SHANGHAI);

    private static Instant at(String localShanghai) {
        return OffsetDateTime.parse(localShanghai + "+08:00").toInstant();
    }

    private static List<Event> events(String... nameAtPairs) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < nameAtPairs.length; i += 2) {
            out.add(new Event(nameAtPairs[i], at(nameAtPairs[i + 1])));
        }
        return out;
    }

    private static Clocks.Tier tier(String name, int percent, Duration offset) {
        return new Clocks.Tier(BigDecimal.valueOf(percent), offset);
    }

    /** A time limit as a clause states it (its calendar given with each reading). */
    private record Limit(String from, String to, TimeAllowance within, String pauseFrom, String pauseTo,
            List<Clocks.Tier> tiers) {
    }

    private static final Limit ACCEPT_48H = new Limit("created", "accepted",
            new TimeAllowance.Time(Duration.ofHours(48)), "suspended", "resumed",
            List.of(tier("reminder", 75, Duration.ZERO), tier("station", 100, Duration.ZERO),
                    tier("branch", 100, Duration.ofHours(24)), tier("headquarters", 100, Duration.ofHours(72))));

    private static Clocks.Plan plan(Limit limit, BusinessCalendar calendar) {
        return Clocks.plan(limit.from(), limit.to(), limit.within(), limit.pauseFrom(), limit.pauseTo(), limit.tiers(),
                calendar);
    }

    /** The clock of {@code limit} on {@code calendar}, planned for this one reading. */
    private static Optional<ClockReading> clock(Limit limit, List<Event> events, Instant asOf,
            BusinessCalendar calendar) {
        return Clocks.read(plan(limit, calendar), events, asOf);
    }

    private static ClockReading read(Limit limit, List<Event> events, String asOf) {
        return clock(limit, events, at(asOf), ALWAYS).orElseThrow();
    }

    @Nested
    class Outcome_flags {

        @Test
        void the_spec_example_is_late_by_45_minutes() {
            ClockReading r = read(ACCEPT_48H, events("created", "2025-03-03T09:15:00", "accepted", "2025-03-05T10:00:00"),
                    "2025-03-10T00:00:00");
            assertThat(r.deadline()).contains(at("2025-03-05T09:15:00"));
            assertThat(r.measured()).isEqualTo(Duration.parse("PT48H45M"));
            assertThat(r.isStopped()).isTrue();
            assertThat(r.isLate()).isTrue();
            // the stop came after station (09:15) and before branch (+24h)
            assertThat(r.isTierReached(1, at("2025-03-10T00:00:00"))).isTrue();
            assertThat(r.isTierReached(2, at("2025-03-10T00:00:00"))).isFalse();
        }

        @Test
        void a_stop_exactly_at_the_deadline_is_in_time_and_wins_over_the_tier() {
            ClockReading r = read(ACCEPT_48H, events("created", "2025-03-03T09:15:00", "accepted", "2025-03-05T09:15:00"),
                    "2025-03-10T00:00:00");
            assertThat(r.isLate()).isFalse();
            assertThat(r.isTierReached(0, at("2025-03-10T00:00:00"))).isTrue();
            assertThat(r.isTierReached(1, at("2025-03-10T00:00:00"))).isFalse();
        }

        @ParameterizedTest(name = "as of {0}: overdue {1}, tiers reached {2}")
        @CsvSource({
            "2025-03-04T09:15:00, false, 0",
            "2025-03-04T21:14:59, false, 0",
            "2025-03-04T21:15:00, false, 1",
            "2025-03-05T09:15:00, false, 2",
            "2025-03-05T09:15:01, true, 2",
            "2025-03-06T09:15:00, true, 3",
            "2025-03-08T09:15:00, true, 4"})
        void without_a_stop_the_clock_runs_until_as_of(String asOf, boolean overdue, int tiersReached) {
            ClockReading r = read(ACCEPT_48H, events("created", "2025-03-03T09:15:00"), asOf);
            assertThat(r.isStopped()).isFalse();
            assertThat(r.isOverdue(at(asOf))).isEqualTo(overdue);
            int reached = 0;
            for (int i = 0; i < 4; i++) {
                reached += r.isTierReached(i, at(asOf)) ? 1 : 0;
            }
            assertThat(reached).isEqualTo(tiersReached);
        }
    }

    @Nested
    class Events {

        @Test
        void no_start_event_means_no_clock() {
            assertThat(clock(ACCEPT_48H, events("accepted", "2025-03-05T10:00:00"), at("2025-03-10T00:00:00"), ALWAYS))
                    .isEmpty();
        }

        @Test
        void a_start_after_as_of_has_not_happened_yet() {
            assertThat(clock(ACCEPT_48H, events("created", "2025-03-11T10:00:00"), at("2025-03-10T00:00:00"), ALWAYS))
                    .isEmpty();
        }

        @Test
        void events_out_of_order_are_sorted_by_time() {
            ClockReading r = read(ACCEPT_48H, events("accepted", "2025-03-03T10:00:00", "created", "2025-03-03T09:00:00"),
                    "2025-03-10T00:00:00");
            assertThat(r.stop()).contains(at("2025-03-03T10:00:00"));
            assertThat(r.measured()).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void the_first_stop_after_the_start_counts_and_earlier_stops_do_not() {
            ClockReading r = read(ACCEPT_48H, events("accepted", "2025-03-01T08:00:00", "created", "2025-03-03T09:00:00",
                    "accepted", "2025-03-03T11:00:00", "accepted", "2025-03-03T12:00:00"), "2025-03-10T00:00:00");
            assertThat(r.stop()).contains(at("2025-03-03T11:00:00"));
        }

        @Test
        void equal_instants_keep_their_given_order() {
            // suspended and resumed at the same instant, in that order: no pause at all
            ClockReading r = read(ACCEPT_48H, events("created", "2025-03-03T09:00:00", "resumed", "2025-03-03T10:00:00",
                    "suspended", "2025-03-03T10:00:00"), "2025-03-03T12:00:00");
            assertThat(r.pausedSince()).contains(at("2025-03-03T10:00:00"));
            assertThat(r.measured()).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void a_stop_at_the_start_instant_counts() {
            ClockReading r = read(ACCEPT_48H, events("created", "2025-03-03T09:00:00", "accepted", "2025-03-03T09:00:00"),
                    "2025-03-03T12:00:00");
            assertThat(r.measured()).isZero();
            assertThat(r.isLate()).isFalse();
        }

        @Test
        void events_after_as_of_have_not_happened_yet() {
            ClockReading r = read(ACCEPT_48H, events("created", "2025-03-03T09:00:00", "accepted", "2025-03-06T09:00:00"),
                    "2025-03-04T09:00:00");
            assertThat(r.isStopped()).isFalse();
            assertThat(r.measured()).isEqualTo(Duration.ofHours(24));
        }
    }

    @Nested
    class Pauses {

        @Test
        void a_closed_pause_moves_the_deadline_and_every_tier() {
            ClockReading r = read(ACCEPT_48H, events("created", "2025-03-03T09:00:00", "suspended", "2025-03-03T10:00:00",
                    "resumed", "2025-03-03T16:00:00"), "2025-03-10T00:00:00");
            assertThat(r.deadline()).contains(at("2025-03-05T15:00:00"));
            assertThat(r.tierInstants()).containsExactly(Optional.of(at("2025-03-05T03:00:00")),
                    Optional.of(at("2025-03-05T15:00:00")), Optional.of(at("2025-03-06T15:00:00")),
                    Optional.of(at("2025-03-08T15:00:00")));
        }

        @ParameterizedTest(name = "hold {0}, start {1}, release {2}: deadline {3}")
        @CsvSource({
            // the example: a hold at 10:00, start at 10:15, release at 10:30, 1 hour allowed:
            // the clock starts paused and runs from 10:30, so the deadline is 11:30 (not 11:15)
            "10:00, 10:15, 10:30, 11:30",
            // released before the start: nothing is paused when the clock starts, deadline 11:15
            "09:00, 10:15, 09:30, 11:15",
            // held after the start: the usual pause, 10:15 to 10:30 runs, 10:30 to 11:00 is paused, 11:45
            "10:30, 10:15, 11:00, 11:45",
        })
        void a_pause_open_when_the_clock_starts_pauses_it_from_its_start(String hold, String start, String release,
                String deadline) {
            List<Event> given = events("suspended", "2025-03-03T" + hold + ":00", "created", "2025-03-03T" + start + ":00",
                    "resumed", "2025-03-03T" + release + ":00");
            Limit hour = new Limit("created", "accepted", new TimeAllowance.Time(Duration.ofHours(1)), "suspended",
                    "resumed", List.of());
            ClockReading r = read(hour, given, "2025-03-03T18:00:00");
            assertThat(r.deadline()).contains(at("2025-03-03T" + deadline + ":00"));
        }

        @Test
        void a_pause_still_open_when_the_clock_starts_and_at_as_of_keeps_it_at_zero() {
            Limit hour = new Limit("created", "accepted", new TimeAllowance.Time(Duration.ofHours(1)), "suspended",
                    "resumed", List.of());
            ClockReading r = read(hour, events("suspended", "2025-03-03T10:00:00", "created", "2025-03-03T10:15:00"),
                    "2025-03-03T18:00:00");
            assertThat(r.pausedSince()).contains(at("2025-03-03T10:15:00"));
            assertThat(r.measured()).isEqualTo(Duration.ZERO);
            assertThat(r.deadline()).isEmpty();
        }

        @Test
        void an_open_pause_stops_the_clock_at_its_start() {
            ClockReading r = read(ACCEPT_48H, events("created", "2025-03-03T09:00:00", "suspended", "2025-03-03T10:00:00"),
                    "2025-03-10T00:00:00");
            assertThat(r.pausedSince()).contains(at("2025-03-03T10:00:00"));
            assertThat(r.measured()).isEqualTo(Duration.ofHours(1));
            assertThat(r.deadline()).isEmpty();
            assertThat(r.isOverdue(at("2025-03-10T00:00:00"))).isFalse();
            assertThat(r.tierInstants()).containsOnly(Optional.empty());
        }

        @Test
        void an_open_pause_after_the_deadline_leaves_the_clock_overdue() {
            ClockReading r = read(ACCEPT_48H, events("created", "2025-03-03T09:00:00", "suspended", "2025-03-06T10:00:00"),
                    "2025-03-10T00:00:00");
            assertThat(r.deadline()).contains(at("2025-03-05T09:00:00"));
            assertThat(r.isOverdue(at("2025-03-10T00:00:00"))).isTrue();
            assertThat(r.measured()).isEqualTo(Duration.ofHours(73));
            // branch (+24h) fell inside the running time, headquarters (+72h) inside the pause
            assertThat(r.tierInstants().get(2)).contains(at("2025-03-06T09:00:00"));
            assertThat(r.tierInstants().get(3)).isEmpty();
        }

        @Test
        void a_stop_during_a_pause_ends_the_pause() {
            ClockReading r = read(ACCEPT_48H, events("created", "2025-03-03T09:00:00", "suspended", "2025-03-03T10:00:00",
                    "accepted", "2025-03-07T10:00:00"), "2025-03-10T00:00:00");
            assertThat(r.measured()).isEqualTo(Duration.ofHours(1));
            assertThat(r.isLate()).isFalse();
            assertThat(r.pausedSince()).isEmpty();
        }
    }

    /** The allowance running out exactly as a pause begins, or before it: the deadline is the earliest such instant. */
    @Nested
    class Deadline_at_a_pause {

        private final Limit hour = new Limit("created", "accepted", new TimeAllowance.Time(Duration.ofHours(1)),
                "suspended", "resumed", List.of(tier("station", 100, Duration.ZERO)));

        @Test
        void a_deadline_exactly_at_the_start_of_a_closed_pause_is_that_start() {
            // 09:00 + 1h of active time = 10:00, the instant the pause begins; the pause (10:00-12:00) cannot
            // move a deadline already reached, so the deadline is 10:00, not the pause's end (12:00)
            ClockReading r = read(hour, events("created", "2025-03-03T09:00:00", "suspended", "2025-03-03T10:00:00",
                    "resumed", "2025-03-03T12:00:00"), "2025-03-03T11:00:00");
            assertThat(r.deadline()).contains(at("2025-03-03T10:00:00"));
            assertThat(r.tierInstants()).containsExactly(Optional.of(at("2025-03-03T10:00:00")));
            // as of 11:00 (inside the pause) the clock is overdue: violated, not pending
            assertThat(r.isOverdue(at("2025-03-03T11:00:00"))).isTrue();
            assertThat(r.isTierReached(0, at("2025-03-03T11:00:00"))).isTrue();
        }

        @Test
        void a_stop_inside_a_pause_that_began_at_the_deadline_is_late() {
            // deadline 10:00 as above; accepted at 11:00, during the pause, which ends with the stop.
            // The spec's "met" is a stop by the deadline instant, so this is late, although the active time
            // measured (09:00-10:00) is exactly the hour allowed
            ClockReading r = read(hour, events("created", "2025-03-03T09:00:00", "suspended", "2025-03-03T10:00:00",
                    "accepted", "2025-03-03T11:00:00"), "2025-03-03T18:00:00");
            assertThat(r.deadline()).contains(at("2025-03-03T10:00:00"));
            assertThat(r.measured()).isEqualTo(Duration.ofHours(1));
            assertThat(r.isLate()).isTrue();
        }

        @Test
        void a_deadline_exactly_at_the_start_of_an_open_pause_is_that_start() {
            // 09:00 + 1h = 10:00, when the still open pause began: the clock stopped with its hour used up,
            // so the deadline is 10:00 and the ticket is overdue at 18:00 (violated), not without a deadline
            // (pending for as long as the pause stays open)
            ClockReading r = read(hour, events("created", "2025-03-03T09:00:00", "suspended", "2025-03-03T10:00:00"),
                    "2025-03-03T18:00:00");
            assertThat(r.deadline()).contains(at("2025-03-03T10:00:00"));
            assertThat(r.measured()).isEqualTo(Duration.ofHours(1));
            assertThat(r.isOverdue(at("2025-03-03T18:00:00"))).isTrue();
        }

        @Test
        void a_deadline_before_a_closed_pause_is_not_moved_by_it() {
            // 09:00 + 1h = 10:00, an hour before the pause 11:00-12:00 begins
            ClockReading r = read(hour, events("created", "2025-03-03T09:00:00", "suspended", "2025-03-03T11:00:00",
                    "resumed", "2025-03-03T12:00:00"), "2025-03-03T18:00:00");
            assertThat(r.deadline()).contains(at("2025-03-03T10:00:00"));
        }

        @Test
        void a_deadline_one_second_after_the_start_of_a_pause_moves_past_it() {
            // the boundary's other side: 09:00 + 1h with the pause at 09:59:59-12:00 leaves 1 s to run from
            // 12:00, so the deadline is 12:00:01
            ClockReading r = read(hour, events("created", "2025-03-03T09:00:00", "suspended", "2025-03-03T09:59:59",
                    "resumed", "2025-03-03T12:00:00"), "2025-03-03T18:00:00");
            assertThat(r.deadline()).contains(at("2025-03-03T12:00:01"));
        }
    }

    @Nested
    class Day_counting_on_24x7 {

        private Limit within(TimeAllowance allowance) {
            return new Limit("created", "answered", allowance, null, null, List.of());
        }

        @Test
        void three_days_end_at_the_end_of_the_third_day_after_the_start() {
            ClockReading r = read(within(new TimeAllowance.CalendarDays(3)), events("created", "2025-03-07T15:00:00"),
                    "2025-03-07T16:00:00");
            assertThat(r.deadline()).contains(at("2025-03-11T00:00:00"));
            assertThat(r.allowed()).isEqualTo(Duration.ofHours(81));
        }

        @Test
        void a_start_at_midnight_does_not_count_its_own_day() {
            ClockReading r = read(within(new TimeAllowance.WorkingDays(1)), events("created", "2025-03-07T00:00:00"),
                    "2025-03-07T16:00:00");
            assertThat(r.deadline()).contains(at("2025-03-09T00:00:00"));
        }

        @Test
        void days_follow_the_zone_across_daylight_saving() {
            BusinessCalendar berlin = new TwentyFourSeven(ZoneId.of("Europe/Berlin"));
            Instant start = Instant.parse("2025-03-29T09:00:00Z"); // Saturday 10:00 CET
            ClockReading r = clock(within(new TimeAllowance.CalendarDays(1)), List.of(new Event("created", start)),
                    start, berlin).orElseThrow();
            // end of Sunday 30 March, which had 23 hours
            assertThat(r.deadline()).contains(Instant.parse("2025-03-30T22:00:00Z"));
            assertThat(r.allowed()).isEqualTo(Duration.ofHours(37));
        }
    }

    @ParameterizedTest(name = "{1}% of {0} is {2}")
    @CsvSource({"PT48H, 75, PT36H", "PT48H, 100, PT48H", "PT1S, 50, PT0.5S", "PT1H, 33, PT19M48S", "PT0.000000001S, 50, PT0.000000001S"})
    void a_share_is_rounded_up_to_the_nanosecond(String allowed, int percent, String share) {
        assertThat(Clocks.share(Duration.parse(allowed), BigDecimal.valueOf(percent))).isEqualTo(Duration.parse(share));
    }

    @ParameterizedTest(name = "{1}% of {0} is {2}")
    @CsvSource({
        // 7.5% of 3,600 s = 270 s (not 7% = 252 s: a fraction is not cut to its whole part)
        "PT1H, 7.5, PT4M30S",
        // 12.50% (trailing zero) of 8 s = 1 s exactly
        "PT8S, 12.50, PT1S",
        // 50% of 73,000 days (about 200 years, over 2^32 s): 36,500 days, beyond the range of long nanoseconds x 100
        "PT1752000H, 50, PT876000H",
    })
    void a_fractional_share_or_one_of_a_long_allowance_is_exact(String allowed, String percent, String share) {
        assertThat(Clocks.share(Duration.parse(allowed), new BigDecimal(percent))).isEqualTo(Duration.parse(share));
    }

    @Nested
    class History {

        @Test
        void events_in_time_order_by_as_of_are_the_history_itself() {
            List<Event> given = List.copyOf(events("created", "2025-03-03T09:00:00", "accepted", "2025-03-03T10:00:00"));
            assertThat(Clocks.history(given, at("2025-03-03T10:00:00"))).isSameAs(given);
        }

        @Test
        void later_events_are_dropped_and_the_rest_sorted_stably() {
            List<Event> given = events("answered", "2025-03-04T09:00:00", "accepted", "2025-03-03T10:00:00",
                    "created", "2025-03-03T09:00:00", "noted", "2025-03-03T10:00:00", "closed", "2025-03-09T09:00:00");
            assertThat(Clocks.history(given, at("2025-03-05T00:00:00"))).extracting(Event::name)
                    .containsExactly("created", "accepted", "noted", "answered");
        }

        @Test
        void reading_a_history_is_reading_the_events() {
            java.util.SplittableRandom random = new java.util.SplittableRandom(11);
            List<String> names = List.of("created", "accepted", "suspended", "resumed");
            for (int i = 0; i < 2_000; i++) {
                List<Event> given = new ArrayList<>();
                for (int e = random.nextInt(6); e > 0; e--) {
                    given.add(new Event(names.get(random.nextInt(names.size())),
                            at("2025-03-03T09:00:00").plusSeconds(random.nextInt(5 * 86_400))));
                }
                Instant asOf = at("2025-03-03T09:00:00").plusSeconds(random.nextInt(6 * 86_400));
                assertThat(Clocks.readHistory(plan(ACCEPT_48H, ALWAYS), Clocks.history(given, asOf), asOf))
                        .as("seed 11, case %d: %s at %s", i, given, asOf)
                        .isEqualTo(readSortingFirst(given, asOf));
            }
        }

        /** The definition: drop what happened after as-of, sort stably, read. */
        private Optional<ClockReading> readSortingFirst(List<Event> given, Instant asOf) {
            List<Event> sorted = new ArrayList<>(given.stream().filter(e -> !e.at().isAfter(asOf)).toList());
            sorted.sort(java.util.Comparator.comparing(Event::at));
            return Clocks.readHistory(plan(ACCEPT_48H, ALWAYS), sorted, asOf);
        }
    }
}
