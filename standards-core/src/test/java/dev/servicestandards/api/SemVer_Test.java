package dev.servicestandards.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemVer_Test {

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1", "01.0.0", "1.0.0.0", "v1.0.0", "1.0.0-", "1.0.0+build", " 1.0.0", "a.b.c"})
    void refuses_what_is_not_a_semantic_version(String text) {
        assertThat(SemVer.parse(text)).isEmpty();
    }

    @Test
    void orders_by_precedence_with_pre_releases_first() {
        List<SemVer> sorted = Stream.of("1.10.0", "1.2.0", "1.1.0", "1.1.0-rc.1", "2.0.0", "1.1.1")
                .map(v -> SemVer.parse(v).orElseThrow()).sorted().toList();
        assertThat(sorted).extracting(SemVer::toString)
                .containsExactly("1.1.0-rc.1", "1.1.0", "1.1.1", "1.2.0", "1.10.0", "2.0.0");
    }
}
