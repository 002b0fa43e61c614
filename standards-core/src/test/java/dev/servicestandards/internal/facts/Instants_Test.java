package dev.servicestandards.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Instants_Test {

    private static Instant reference(String text) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    @Test
    void agrees_with_java_time_on_generated_instants() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 4_000_000_000L),
                    random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
            int offsetMinutes = (random.nextInt(-18 * 4, 18 * 4 + 1)) * 15;
            String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(
                    java.time.ZoneOffset.ofTotalSeconds(offsetMinutes * 60)));
            assertThat(Instants.parseCommon(text)).as(text).isEqualTo(reference(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-05T09:00:00", "2025-03-05 09:00:00+08:00", "2025-03-05T09:00+08:00",
        "2025-03-05T09:00:00+0800", "2025-03-05T09:00:00.+08:00", "2025-03-05T09:00:00.1234567890Z", "+2025-03-05T09:00:00Z"})
    void leaves_other_shapes_to_the_full_parser(String text) {
        assertThat(Instants.parseCommon(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30T09:00:00Z", "2025-13-01T09:00:00Z", "2025-03-05T24:00:00Z", "2025-03-05T09:60:00+08:00",
        "2025-03-05T09:00:00+19:00"})
    void refuses_impossible_fields(String text) {
        assertThatThrownBy(() -> Instants.parseCommon(text)).isInstanceOf(DateTimeException.class);
    }
}
