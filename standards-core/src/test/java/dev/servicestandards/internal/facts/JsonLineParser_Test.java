package dev.servicestandards.internal.facts;

import dev.servicestandards.model.internal.facts.FieldMap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.servicestandards.model.Fact;

class JsonLineParser_Test {

    private final JsonLineParser parser = new JsonLineParser();

    private Fact parse(String line) {
        JsonLineParser.Result result = parser.parse(line);
        assertThat(result.reason()).isEmpty();
        return result.fact().orElseThrow();
    }

    @Test
    void facts_share_their_short_texts_their_small_numbers_and_their_keys() {
        Fact first = parse("{\"type\":\"ticket\",\"id\":\"T-1\",\"kind\":\"fault\",\"site\":\"S-1\","
                + "\"attributes\":{\"callbacks\":2,\"result\":\"已处理\"},\"events\":[{\"name\":\"created\",\"at\":\"2025-03-03T09:15:00Z\"}]}");
        Fact second = parse("{\"type\":\"ticket\",\"id\":\"T-2\",\"kind\":\"fault\",\"site\":\"S-2\","
                + "\"attributes\":{\"callbacks\":2,\"result\":\"已处理\"},\"events\":[{\"name\":\"created\",\"at\":\"2025-03-04T09:15:00Z\"}]}");

        assertThat(second.fields().get("kind")).isSameAs(first.fields().get("kind"));
        assertThat(second.attributes().get("result")).isSameAs(first.attributes().get("result"));
        assertThat(second.attributes().get("callbacks")).isSameAs(first.attributes().get("callbacks"))
                .isEqualTo(new BigDecimal("2"));
        assertThat(second.events().get(0).name()).isSameAs(first.events().get(0).name());
        assertThat(second.type()).isSameAs(Fact.TYPES.get(0));
        assertThat(((FieldMap) second.fields()).shape()).isSameAs(((FieldMap) first.fields()).shape());
        assertThat(second.fields()).containsExactly(Map.entry("kind", "fault"), Map.entry("site", "S-2"));
    }

    @Test
    void numbers_keep_their_value_whether_shared_or_not() {
        Fact fact = parse("{\"type\":\"ticket\",\"id\":\"T-1\",\"attributes\":{\"a\":0,\"b\":1023,\"c\":1024,"
                + "\"d\":-1,\"e\":2.0,\"f\":12345678901234567890,\"g\":1e3}}");

        // decimals come as the JSON tree reads them, without trailing zeros
        assertThat(fact.attributes()).containsExactly(
                Map.entry("a", new BigDecimal("0")), Map.entry("b", new BigDecimal("1023")),
                Map.entry("c", new BigDecimal("1024")), Map.entry("d", new BigDecimal("-1")),
                Map.entry("e", new BigDecimal("2")), Map.entry("f", new BigDecimal("12345678901234567890")),
                Map.entry("g", new BigDecimal("1e3")));
    }

    @Test
    void fields_around_the_attributes_and_nulls_land_where_they_belong() {
        Fact fact = parse("{\"kind\":\"fault\",\"attributes\":{\"kind\":\"other\",\"gone\":null},\"type\":\"ticket\","
                + "\"gone\":null,\"id\":\"T-1\",\"site\":\"S-1\"}");

        assertThat(fact.fields()).containsExactly(Map.entry("kind", "fault"), Map.entry("site", "S-1"));
        // decimals come as the JSON tree reads them, without trailing zeros
        assertThat(fact.attributes()).containsExactly(Map.entry("kind", "other"));
        assertThat(fact.field("kind")).contains("fault");
    }

    @Test
    void a_rejected_line_leaves_nothing_behind_for_the_next() {
        assertThat(parser.parse("{\"type\":\"ticket\",\"id\":\"T-1\",\"kind\":\"fault\",\"attributes\":{\"x\":[1]}}").fact())
                .isEmpty();

        Fact next = parse("{\"type\":\"ticket\",\"id\":\"T-2\",\"site\":\"S-1\"}");
        assertThat(next.fields()).containsExactly(Map.entry("site", "S-1"));
        assertThat(next.attributes()).isEmpty();
    }

    @Test
    void an_object_of_ten_thousand_keys_is_read_whole_and_the_next_line_as_usual() {
        StringBuilder line = new StringBuilder("{\"type\":\"ticket\",\"id\":\"T-1\",\"attributes\":{");
        for (int i = 0; i < 10_000; i++) {
            line.append(i == 0 ? "" : ",").append("\"a").append(i).append("\":").append(i);
        }
        Fact wide = parse(line.append("}}").toString());
        Fact next = parse("{\"type\":\"ticket\",\"id\":\"T-2\",\"attributes\":{\"a1\":1}}");

        assertThat(wide.attributes()).hasSize(10_000);
        assertThat(wide.field("a9999")).contains(new BigDecimal("9999"));
        assertThat(wide.field("a10000")).isEmpty();
        assertThat(next.attributes()).containsExactly(Map.entry("a1", BigDecimal.ONE));
    }

    @Test
    void ever_new_texts_and_keys_are_all_read_right_and_long_texts_are_not_kept() {
        List<Fact> facts = new ArrayList<>();
        int count = JsonLineParser.SHARED_TEXTS + 500;
        for (int i = 0; i < count; i++) {
            facts.add(parse("{\"type\":\"ticket\",\"id\":\"T-" + i + "\",\"k" + (i % 200) + "\":\"v" + i + "\"}"));
        }
        for (int i = 0; i < count; i++) {
            assertThat(facts.get(i).fields()).containsExactly(Map.entry("k" + (i % 200), "v" + i));
        }
        String text = "长".repeat(JsonLineParser.SHARED_TEXT_CHARS + 1);
        Object a = parse("{\"type\":\"ticket\",\"id\":\"T-1\",\"record\":\"" + text + "\"}").fields().get("record");
        Object b = parse("{\"type\":\"ticket\",\"id\":\"T-2\",\"record\":\"" + text + "\"}").fields().get("record");
        assertThat(b).isEqualTo(a).isNotSameAs(a);
    }
}
