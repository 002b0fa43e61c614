package dev.servicestandards.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Facts built in code are held to the rules facts read from JSON are held to. */
class Fact_new_Test {

    private static Fact interaction(Map<String, Object> attributes) {
        return new Fact("interaction", "C-1", Map.of(), attributes, List.of(), List.of());
    }

    @Nested
    class Numbers {

        static Stream<Arguments> every_kind_of_number() {
            return Stream.of(
                    Arguments.of(4, "4"),
                    Arguments.of(4L, "4"),
                    Arguments.of((short) 4, "4"),
                    Arguments.of((byte) 4, "4"),
                    Arguments.of(BigInteger.valueOf(4), "4"),
                    Arguments.of(4.0d, "4.0"),
                    Arguments.of(4.0f, "4.0"),
                    Arguments.of(0.1d, "0.1"),
                    Arguments.of(0.1f, "0.1"),
                    Arguments.of(new BigDecimal("4.50"), "4.50"),
                    Arguments.of(new AtomicLong(4), "4"),
                    Arguments.of(new BigInteger("123456789012345678901234567890"), "123456789012345678901234567890"));
        }

        @ParameterizedTest
        @MethodSource("every_kind_of_number")
        void any_number_is_kept_as_the_decimal_its_json_form_reads_as(Number given, String decimal) {
            // GIVEN a number of any Java type
            // WHEN
            Fact fact = interaction(Map.of("rings", given));
            // THEN it is the BigDecimal the same JSON number gives, and compares by value
            assertThat(fact.attributes().get("rings")).isEqualTo(new BigDecimal(decimal));
            assertThat(fact.number("rings")).isEqualByComparingTo(decimal);
        }

        @Test
        void an_integer_is_equal_to_the_standards_number_written_either_way() {
            Fact fact = interaction(Map.of("rings", 4));
            assertThat(fact.is("rings", "4")).isTrue();
            assertThat(fact.is("rings", "4.0")).isTrue();
            assertThat(fact.text("rings")).isEqualTo("4");
        }

        @ParameterizedTest
        @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
        void nan_and_infinite_doubles_are_rejected_naming_the_attribute(double bad) {
            assertThatThrownBy(() -> interaction(Map.of("rings", bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("attribute \"rings\" is " + bad + "; JSON has no such number, so a fact cannot hold it");
        }

        @Test
        void a_nan_float_in_a_field_is_rejected_naming_the_field() {
            Map<String, Object> fields = Map.of("score", Float.NaN);
            assertThatThrownBy(() -> new Fact("ticket", "T-1", fields, Map.of(), List.of(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("field \"score\" is NaN; JSON has no such number, so a fact cannot hold it");
        }
    }

    @Nested
    class Other_values {

        @Test
        void text_and_booleans_are_kept_and_null_is_left_out_as_json_null_is() {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("record", "called back");
            attributes.put("resolved", true);
            attributes.put("result", null);
            Fact fact = interaction(attributes);
            assertThat(fact.attributes()).containsOnlyKeys("record", "resolved")
                    .containsEntry("record", "called back").containsEntry("resolved", true);
            assertThat(fact.field("result")).isEmpty();
        }

        @Test
        void an_object_json_would_not_hold_is_rejected() {
            assertThatThrownBy(() -> interaction(Map.of("when", Instant.EPOCH)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("attribute \"when\" is a java.time.Instant; a fact's values are text, booleans or numbers, as in JSON");
        }

        @Test
        void a_list_is_rejected_as_json_rejects_an_array() {
            assertThatThrownBy(() -> interaction(Map.of("tags", List.of("a"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("attribute \"tags\" is a ");
        }
    }

    @Nested
    class Types_ids_and_events {

        @ParameterizedTest
        @ValueSource(strings = {"Ticket", "TICKET", "tickets", "call", ""})
        void a_type_other_than_ticket_or_interaction_in_lower_case_is_rejected(String type) {
            assertThatThrownBy(() -> Fact.of(type, "T-1", List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("fact type \"" + type + "\" is neither \"ticket\" nor \"interaction\" (types are written in lower case)");
        }

        @Test
        void a_blank_id_is_rejected() {
            assertThatThrownBy(() -> Fact.of("ticket", " ", List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("fact id is blank");
        }

        @Test
        void a_blank_event_name_on_a_fact_is_rejected_as_json_rejects_it() {
            List<Event> events = List.of(new Event("created", Instant.EPOCH), new Event(" ", Instant.EPOCH));
            assertThatThrownBy(() -> Fact.of("ticket", "T-1", events))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("event 1 of fact \"T-1\" has a blank name");
        }

        @Test
        void event_names_keep_their_case() {
            assertThat(new Event("Created", Instant.EPOCH).name()).isEqualTo("Created");
        }
    }
}
