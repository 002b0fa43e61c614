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
}
