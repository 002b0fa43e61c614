package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Rejection;

class LiveEvents_Test {

    @Test
    void reads_event_lines_and_rejects_bad_ones_with_their_number() throws IOException {
        List<LiveEvent> events = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        LiveEvents.readJsonLines(new StringReader("""
                {"fact":"T1","type":"ticket","kind":"complaint","event":{"name":"created","at":"2025-03-03T09:00:00+08:00"},"attributes":{"vip":true}}
                {"fact":"T1","event":{"name":"accepted","at":"2025-03-03T10:00:00+08:00"}}
                not json
                {"fact":"T2","event":{"name":"created","at":"2025-03-03T10:00:00+08:00"}}
                {"fact":"T3","type":"order","event":{"name":"created","at":"2025-03-03T10:00:00+08:00"}}
                {"fact":"T4","type":"ticket","event":{"name":"created","at":"yesterday"}}
                {"fact":"T5","type":"ticket","event":{"at":"2025-03-03T10:00:00+08:00"}}
                {"fact":"T6","type":"ticket","kind":{"nested":1},"event":{"name":"created","at":"2025-03-03T10:00:00+08:00"}}
                [1,2]

                {"fact":"T7","type":"interaction","event":{"name":"offered","at":"2025-03-03T10:00:00Z"}}
                """), events::add, rejected::add);
        assertThat(events).extracting(LiveEvent::fact, LiveEvent::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("T1", "ticket"), org.assertj.core.groups.Tuple.tuple("T1", "ticket"),
                org.assertj.core.groups.Tuple.tuple("T7", "interaction"));
        assertThat(events.get(0).fields()).containsEntry("kind", "complaint");
        assertThat(events.get(0).attributes()).containsEntry("vip", true);
        assertThat(rejected).extracting(Rejection::line, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "not valid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
                org.assertj.core.groups.Tuple.tuple(4L, "type: must be \"ticket\" or \"interaction\" on the first line of a fact"),
                org.assertj.core.groups.Tuple.tuple(5L, "type: must be \"ticket\" or \"interaction\" on the first line of a fact"),
                org.assertj.core.groups.Tuple.tuple(6L, "event.at: not an ISO-8601 instant with offset"),
                org.assertj.core.groups.Tuple.tuple(7L, "event.name: must be non-empty text"),
                org.assertj.core.groups.Tuple.tuple(8L, "kind: must be text, a number, true/false or null"),
                org.assertj.core.groups.Tuple.tuple(9L, "line: an event line must be a JSON object"));
    }

    @Test
    void a_snapshot_of_another_standard_or_garbage_is_refused() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-03T00:00:00Z"), ZoneOffset.UTC);
        assertThatThrownBy(() -> LiveMonitor_Test.RULES.restoreMonitor("{\"format\":1,\"standard\":\"cn.other\",\"version\":\"1.0.0\"}",
                clock, e -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the snapshot is not of cn.telecom.monitor-test@1.0.0");
        assertThatThrownBy(() -> LiveMonitor_Test.RULES.restoreMonitor("{not json", clock, e -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a monitor snapshot: ");
        assertThatThrownBy(() -> LiveMonitor_Test.RULES.restoreMonitor("", clock, e -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void one_extreme_line_is_rejected_with_its_number_and_the_others_are_read() throws IOException {
        // GIVEN event lines with a number too big for a double, far instants, a duplicate key and bad JSON
        List<LiveEvent> events = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        String at = "\"at\":\"2025-03-03T09:00:00+08:00\"";
        LiveEvents.readJsonLines(new StringReader(String.join("\n",
                "{\"fact\":\"T1\",\"type\":\"ticket\",\"event\":{\"name\":\"created\"," + at + "}}",
                "{\"fact\":\"T2\",\"type\":\"ticket\",\"weight\":1e999999999,\"event\":{\"name\":\"created\"," + at + "}}",
                "{\"fact\":\"T3\",\"type\":\"ticket\",\"attributes\":{\"w\":1E-999999999},\"event\":{\"name\":\"created\"," + at + "}}",
                "{\"fact\":\"T4\",\"type\":\"ticket\",\"event\":{\"name\":\"created\",\"at\":\"+999999999-03-03T09:00:00+08:00\"}}",
                "{\"fact\":\"T5\",\"type\":\"ticket\",\"event\":{\"name\":\"created\",\"at\":\"1025-03-03T09:00:00+08:00\"}}",
                "{\"fact\":\"T6\",\"fact\":\"T7\",\"type\":\"ticket\",\"event\":{\"name\":\"created\"," + at + "}}",
                "{\"fact\":\"T8\",\"type\":\"ticket\",\"n\":" + "9".repeat(200) + ",\"event\":{\"name\":\"created\"," + at + "}}",
                "{\"fact\":\"T9\",\"type\":\"ticket\",\"event\":{\"name\":\"created\"," + at + "}} {}",
                "{\"fact\":\"T10\",\"type\":\"ticket\",\"n\":1e14,\"event\":{\"name\":\"created\"," + at + "}}",
                "{\"fact\":\"T1\",\"event\":{\"name\":\"accepted\"," + at + "}}")), events::add, rejected::add);
        // THEN the good lines are read, and each bad one is rejected with its number and why
        assertThat(events).extracting(LiveEvent::fact).containsExactly("T1", "T10", "T1");
        assertThat(events.get(1).fields()).containsEntry("n", new java.math.BigDecimal("100000000000000"));
        assertThat(rejected).extracting(Rejection::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(rejected).extracting(Rejection::reason).satisfies(reasons -> {
            assertThat(reasons.get(0)).isEqualTo("weight: a number must be less than 1E15 in magnitude");
            assertThat(reasons.get(1)).isEqualTo("attributes.w: a number may have at most 20 decimal places");
            assertThat(reasons.get(2)).isEqualTo("event.at: +999999999-03-03T09:00:00+08:00 is outside the supported range "
                    + "1900-01-01T00:00:00Z (inclusive) to 2201-01-01T00:00:00Z (exclusive)");
            assertThat(reasons.get(3)).startsWith("event.at: 1025-03-03T09:00:00+08:00 is outside the supported range");
            assertThat(reasons.get(4)).startsWith("not valid JSON: Duplicate field 'fact'");
            assertThat(reasons.get(5)).startsWith("not valid JSON: Number value length (200) exceeds the maximum allowed (100");
            assertThat(reasons.get(6)).startsWith("not valid JSON: Trailing token");
        });
    }

    @Test
    void the_monitor_refuses_an_event_it_could_not_judge_or_restore() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-03T00:00:00Z"), ZoneOffset.UTC);
        try (LiveMonitor m = LiveMonitor_Test.RULES.monitor(clock, e -> { })) {
            // GIVEN events made in code, not read from lines
            LiveEvent far = LiveEvent.of("T1", "ticket", new dev.servicestandards.model.Event("created",
                    Instant.parse("+999999999-01-01T00:00:00Z")));
            LiveEvent infinite = new LiveEvent("T2", "ticket", new dev.servicestandards.model.Event("created",
                    Instant.parse("2025-03-03T01:00:00Z")), java.util.Map.of("w", Double.POSITIVE_INFINITY), java.util.Map.of());
            // WHEN accepted, THEN refused with the fact and the reason, and the monitor is unchanged
            assertThatThrownBy(() -> m.accept(far)).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("event of T1: +999999999-01-01T00:00:00Z is outside the supported range "
                            + "1900-01-01T00:00:00Z (inclusive) to 2201-01-01T00:00:00Z (exclusive)");
            assertThatThrownBy(() -> m.accept(infinite)).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("event of T2: w: a number must be finite");
            assertThat(m.now()).isEqualTo(Instant.parse("2025-03-03T00:00:00Z"));
            assertThat(m.snapshot()).contains("\"facts\":[]");
        }
    }
}
