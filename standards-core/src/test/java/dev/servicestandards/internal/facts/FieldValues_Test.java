package dev.servicestandards.internal.facts;

import dev.servicestandards.model.internal.facts.FieldValues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.servicestandards.model.Fact;
import dev.servicestandards.api.Facts;

class FieldValues_Test {

    @Test
    void names_are_the_strings_a_parsed_fact_keys_its_fields_by() throws IOException {
        Fact parsed = Facts.readJsonLines(new StringReader(
                "{\"type\":\"ticket\",\"id\":\"T-1\",\"kind\":\"fault\",\"attributes\":{\"callbacks\":2}}\n")).facts().get(0);
        // read from a standard, not interned
        String[] names = FieldValues.names(List.of(new String("kind"), new String("callbacks")));

        assertThat(names[0]).isSameAs(parsed.fields().keySet().iterator().next());
        assertThat(names[1]).isSameAs(parsed.attributes().keySet().iterator().next());
        assertThat(FieldValues.lookup(parsed, names[0])).isEqualTo("fault");
        assertThat(FieldValues.lookup(parsed, names[1])).isEqualTo(new BigDecimal("2"));
    }

    @Test
    void a_fact_made_with_keys_not_interned_is_found_by_equal_names() {
        Fact made = new Fact("ticket", "T-2", Map.of(new String("kind"), "fault"), Map.of(new String("callbacks"), BigDecimal.ONE),
                List.of(), List.of());

        assertThat(FieldValues.lookup(made, FieldValues.names(List.of("kind"))[0])).isEqualTo("fault");
        assertThat(FieldValues.lookup(made, new String("callbacks"))).isEqualTo(BigDecimal.ONE);
        assertThat(FieldValues.lookup(made, "id")).isEqualTo("T-2");
        assertThat(FieldValues.lookup(made, "channel")).isNull();
    }

    @Test
    void text_and_numbers_compare_with_what_a_standard_writes() {
        assertThat(FieldValues.equalsAny("fault", List.of("complaint", "fault"))).isTrue();
        assertThat(FieldValues.equalsAny("Fault", List.of("complaint", "fault"))).isFalse();
        assertThat(FieldValues.equalsAny(new BigDecimal("2.0"), List.of("1", "2"))).isTrue();
        assertThat(FieldValues.equalsAny(Boolean.TRUE, List.of("true"))).isTrue();
        assertThat(FieldValues.equalsAny("x", List.of())).isFalse();
    }
}
