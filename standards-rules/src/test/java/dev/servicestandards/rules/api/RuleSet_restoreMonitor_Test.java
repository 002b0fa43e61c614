package dev.servicestandards.rules.api;

import static dev.servicestandards.rules.api.TestReports.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.servicestandards.model.Event;

/**
 * Issue 18: a hand-edited or damaged snapshot is refused as a whole, naming the place and the
 * reason, before any of it is used: it cannot crash the restore with an unexpected exception,
 * silently lose a fact, or make a tier fire a second time.
 */
class RuleSet_restoreMonitor_Test {

    private static final RuleSet RULES = LiveMonitor_Test.RULES;
    private static final Clock LATER = Clock.fixed(at("2025-03-06T00:00:00"), ZoneOffset.UTC);
    private static String snapshot;

    @BeforeAll
    static void takeSnapshot() {
        try (LiveMonitor m = RULES.monitor(Clock.fixed(at("2025-03-03T00:00:00"), ZoneOffset.UTC), e -> { })) {
            m.accept(new LiveEvent("T1", "ticket", new Event("created", at("2025-03-03T09:00:00")),
                    Map.of("kind", "complaint", "weight", new java.math.BigDecimal("2.5")), Map.of("vip", true)));
            m.accept(new LiveEvent("T2", "ticket", new Event("created", at("2025-03-04T09:00:00")),
                    Map.of("kind", "complaint"), Map.of()));
            m.advanceTo(at("2025-03-05T00:00:00"));
            snapshot = m.snapshot();
        }
    }

    @Test
    void the_snapshot_taken_restores_and_fires_each_tier_once() {
        // GIVEN the snapshot as written (T1's reminder already reported)
        assertThat(snapshot).contains("\"fired\":{\"complaint.accept\":[\"reminder\"]}");
        List<Escalation> fired = new ArrayList<>();
        // WHEN it is restored a day later
        try (LiveMonitor m = RULES.restoreMonitor(snapshot, LATER, fired::add)) {
            // THEN what fell due meanwhile fires once, and the reminder is not fired again
            assertThat(fired).extracting(Escalation::fact, Escalation::tier)
                    .containsExactly(tuple("T1", "station"), tuple("T2", "reminder"));
            assertThat(m.snapshot()).contains("\"weight\":2.5", "\"vip\":true");
        }
    }

    private static Arguments damage(String what, java.util.function.UnaryOperator<String> damage, String message) {
        return Arguments.of(what, damage, message);
    }

    static Stream<Arguments> damaged() {
        return Stream.of(
                damage("an unknown top-level key", s -> s.replace("\"facts\":", "\"extra\":1,\"facts\":"),
                        "invalid monitor snapshot: extra: unknown key"),
                damage("a misspelt fact key (the fact would be lost)", s -> s.replaceFirst("\"events\":", "\"evnts\":"),
                        "invalid monitor snapshot: facts[0].evnts: unknown key"),
                damage("a key given twice", s -> s.replace("\"format\":1,", "\"format\":1,\"format\":1,"),
                        "not a monitor snapshot: Duplicate field 'format'"),
                damage("format as text", s -> s.replace("\"format\":1", "\"format\":\"1\""),
                        "invalid monitor snapshot: format: must be 1"),
                damage("facts not a list", s -> s.replaceFirst("\"facts\":\\[(.*)\\]}$", "\"facts\":{\"a\":[$1]}}"),
                        "invalid monitor snapshot: facts: must be a list"),
                damage("a fact given twice (one would be lost)", s -> s.replace("\"fact\":\"T2\"", "\"fact\":\"T1\""),
                        "invalid monitor snapshot: facts[1].fact: fact T1 is given twice"),
                damage("an unknown type", s -> s.replaceFirst("\"type\":\"ticket\"", "\"type\":\"order\""),
                        "invalid monitor snapshot: facts[0].type: must be \"ticket\" or \"interaction\""),
                damage("an event instant that is not one", s -> s.replace("2025-03-03T01:00:00Z", "yesterday"),
                        "invalid monitor snapshot: facts[0].events[0].at: not an ISO-8601 instant"),
                damage("a far instant", s -> s.replace("2025-03-03T01:00:00Z", "+999999999-03-03T01:00:00Z")
                        .replace("\"clock\":\"2025-03-04T16:00:00Z\"", "\"clock\":\"+999999999-12-31T00:00:00Z\""),
                        "invalid monitor snapshot: clock: +999999999-12-31T00:00:00Z is outside the supported range "
                                + "1900-01-01T00:00:00Z (inclusive) to 2201-01-01T00:00:00Z (exclusive)"),
                damage("an event after the snapshot's clock", s -> s.replace("2025-03-03T01:00:00Z", "2025-03-09T01:00:00Z"),
                        "invalid monitor snapshot: facts[0].events[0].at: 2025-03-09T01:00:00Z is after the snapshot's clock "
                                + "2025-03-04T16:00:00Z"),
                damage("no events", s -> s.replaceFirst("\"events\":\\[[^\\]]*\\]", "\"events\":[]"),
                        "invalid monitor snapshot: facts[0].events: must be a non-empty list (a fact is known by its events)"),
                damage("a number too big for a double", s -> s.replace("\"weight\":2.5", "\"weight\":1e999999999"),
                        "invalid monitor snapshot: facts[0].fields.weight: a number must be less than 1E15 in magnitude"),
                damage("a field that is not a scalar", s -> s.replace("\"weight\":2.5", "\"weight\":[2.5]"),
                        "invalid monitor snapshot: facts[0].fields.weight: must be text, a number or true/false"),
                damage("a fired tier of an unknown clause (the reminder would fire again)",
                        s -> s.replace("\"complaint.accept\":[\"reminder\"]", "\"complaint.acept\":[\"reminder\"]"),
                        "invalid monitor snapshot: facts[0].fired.complaint.acept: names no clause of "
                                + "cn.telecom.monitor-test@1.0.0 that escalates"),
                damage("a clock position spelt with a leading zero (the reminder would fire again)",
                        s -> s.replace("\"complaint.accept\":[\"reminder\"]", "\"complaint.accept#01\":[\"reminder\"]"),
                        "invalid monitor snapshot: facts[0].fired.complaint.accept#01: a clock position must be a whole "
                                + "number from 1, on a clause with clocks"),
                damage("tiers out of order", s -> s.replace("[\"reminder\"]", "[\"station\"]"),
                        "invalid monitor snapshot: facts[0].fired.complaint.accept[0]: must be reminder (the tiers are "
                                + "reported in order)"),
                damage("more tiers than the clause has", s -> s.replace("[\"reminder\"]", "[\"reminder\",\"station\",\"branch\",\"x\"]"),
                        "invalid monitor snapshot: facts[0].fired.complaint.accept: must list 1 to 3 tiers"),
                damage("the fired list emptied", s -> s.replace("[\"reminder\"]", "[]"),
                        "invalid monitor snapshot: facts[0].fired.complaint.accept: must list 1 to 3 tiers"),
                damage("cut short", s -> s.substring(0, s.length() / 2), null),
                damage("a trailing second object", s -> s + "{}", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void a_damaged_snapshot_is_refused_whole_and_fires_nothing(String what, java.util.function.UnaryOperator<String> damage,
            String message) {
        // GIVEN a snapshot damaged one way
        String bad = damage.apply(snapshot);
        assertThat(bad).as("the damage must change the snapshot").isNotEqualTo(snapshot);
        List<Escalation> fired = new ArrayList<>();
        // WHEN it is restored, THEN it is refused with the place and the reason, and nothing fired
        var refused = assertThatThrownBy(() -> RULES.restoreMonitor(bad, LATER, fired::add))
                .isExactlyInstanceOf(IllegalArgumentException.class);
        if (message != null) {
            refused.hasMessageStartingWith(message);
        } else {
            refused.hasMessageStartingWith("not a monitor snapshot: ");
        }
        assertThat(fired).isEmpty();
    }
}
