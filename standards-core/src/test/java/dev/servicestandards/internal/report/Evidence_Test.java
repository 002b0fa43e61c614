package dev.servicestandards.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class Evidence_Test {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant CREATED = Instant.parse("2025-03-03T01:15:00Z");

    private static Evidence sample() {
        return Evidence.builder(SHANGHAI).put("value", new BigDecimal("4")).put("created", CREATED)
                .put("missing", List.of("reply")).put("attribute", "callbacks").build();
    }

    @Test
    void keys_come_in_order_and_instants_print_in_the_zone() {
        assertThat(sample()).containsExactly(Map.entry("attribute", "callbacks"),
                Map.entry("created", "2025-03-03T09:15:00+08:00"), Map.entry("missing", List.of("reply")),
                Map.entry("value", new BigDecimal("4")));
        assertThat(sample().get("created")).isEqualTo("2025-03-03T09:15:00+08:00");
        assertThat(sample().get("nothing")).isNull();
        assertThat(sample().get(42)).isNull();
        assertThat(sample().containsKey("value")).isTrue();
    }

    @Test
    void equals_and_hashes_like_its_printed_copy() {
        Map<String, Object> printed = new TreeMap<>(sample());
        assertThat(sample()).isEqualTo(printed).hasSameHashCodeAs(printed);
        assertThat(printed).isEqualTo(sample());
        assertThat(printed.get("created")).isInstanceOf(String.class);
    }

    @Test
    void a_key_put_twice_keeps_its_last_value() {
        Evidence e = Evidence.builder(SHANGHAI).put("a", "1").put("b", "2").put("a", "3").build();
        assertThat(e).containsExactly(Map.entry("a", "3"), Map.entry("b", "2"));
    }

    @Test
    void many_keys_and_none() {
        Evidence.Builder builder = Evidence.builder(SHANGHAI);
        for (int i = 9; i >= 0; i--) {
            builder.put("k" + i, i);
        }
        assertThat(builder.build().keySet()).containsExactly("k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9");
        assertThat(Evidence.builder(SHANGHAI).build()).isEmpty();
    }

    @Test
    void a_builder_starts_over_after_each_build() {
        Evidence.Builder builder = Evidence.builder(SHANGHAI);
        Evidence first = builder.put("b", "1").put("a", "2").build();
        Evidence second = builder.put("c", "3").build();
        assertThat(first).containsExactly(Map.entry("a", "2"), Map.entry("b", "1"));
        assertThat(second).containsExactly(Map.entry("c", "3"));
    }

    @Test
    void is_unmodifiable() {
        Evidence e = sample();
        assertThatThrownBy(() -> e.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.entrySet().iterator().next().setValue("y"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.remove("value")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nulls_are_refused_where_they_are_put() {
        assertThatThrownBy(() -> Evidence.builder(SHANGHAI).put("a", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Evidence.builder(SHANGHAI).put(null, "a")).isInstanceOf(NullPointerException.class);
    }
}
