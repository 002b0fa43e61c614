package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.InvalidStandardException;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;

class Catalog_Test {

    private static String revision(String version, String from, String until, String within) {
        return """
                standard: cn.telecom.catalog-test
                version: %s
                effective-from: %s
                %s
                timezone: Asia/Shanghai
                clauses:
                  - id: complaint.accept
                    time-limit: { from: created, to: accepted, within: %s }
                """.formatted(version, from, until == null ? "" : "effective-until: " + until, within);
    }

    @Test
    void each_fact_is_judged_by_the_revision_in_force_at_its_earliest_event(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-1.0.0.yaml"), revision("1.0.0", "2025-01-01", "2026-01-01", "48h"));
        Files.writeString(dir.resolve("a-1.1.0.yaml"), revision("1.1.0", "2026-01-01", null, "24h"));
        Files.writeString(dir.resolve("notes.txt"), "not a standard");
        Catalog catalog = Catalog.load(dir);
        assertThat(catalog.standards()).extracting(s -> s.version().toString()).containsExactly("1.0.0", "1.1.0");
        assertThat(catalog.inForce("cn.telecom.catalog-test", LocalDate.of(2025, 12, 31))).map(Standard::version)
                .hasValueSatisfying(v -> assertThat(v).hasToString("1.0.0"));
        assertThat(catalog.inForce("cn.telecom.catalog-test", LocalDate.of(2024, 12, 31))).isEmpty();

        // both accepted after 30 hours; the second was created at 00:30 on 1 January 2026 in Shanghai
        Report report = catalog.evaluate(new StringReader("""
                {"type":"ticket","id":"old","events":[{"name":"created","at":"2025-12-31T10:00:00+08:00"},{"name":"accepted","at":"2026-01-01T16:00:00+08:00"}]}
                {"type":"ticket","id":"new","events":[{"name":"accepted","at":"2026-01-02T06:30:00+08:00"},{"name":"created","at":"2025-12-31T16:30:00Z"}]}
                {"type":"ticket","id":"ancient","events":[{"name":"created","at":"2024-06-01T10:00:00+08:00"}]}
                """), Instant.parse("2026-02-01T00:00:00Z"), EvaluationOptions.DEFAULT);
        assertThat(report.findings()).extracting(Finding::fact, Finding::version, f -> f.outcome().label())
                .containsExactly(tuple("new", "1.1.0", "violated"), tuple("old", "1.0.0", "met"));
        // a fact no revision is in force for is a rejected line, with its line: facts and rejected add up to the lines
        assertThat(report.rejected()).containsExactly(new Rejection(3, java.util.Optional.of("ancient"),
                "no revision of cn.telecom.catalog-test is in force on 2024-06-01"));
        assertThat(report.summary().facts()).isEqualTo(2);
        assertThat(report.summary().rejected()).isEqualTo(1);
        assertThat(report.standards()).extracting(Report.StandardRef::version).containsExactly("1.0.0", "1.1.0");
    }

    @Test
    void overlapping_windows_and_duplicate_revisions_are_catalog_errors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), revision("1.0.0", "2025-01-01", null, "48h"));
        Files.writeString(dir.resolve("b.yaml"), revision("1.1.0", "2025-06-01", null, "24h"));
        Files.writeString(dir.resolve("c.yaml"), revision("1.1.0", "2027-01-01", null, "24h"));
        Files.writeString(dir.resolve("d.yaml"), "standard: [broken");
        assertThatThrownBy(() -> Catalog.load(dir)).isInstanceOf(InvalidStandardException.class)
                .satisfies(e -> assertThat(((InvalidStandardException) e).report().problems()).extracting(Object::toString)
                        .contains(dir.resolve("b.yaml") + ": cn.telecom.catalog-test 1.1.0 is in force from 2025-06-01 until further notice, "
                                + "overlapping cn.telecom.catalog-test 1.0.0 from 2025-01-01 until further notice (" + dir.resolve("a.yaml") + ") [STD-E040]",
                                dir.resolve("c.yaml") + ": cn.telecom.catalog-test 1.1.0 is already defined by " + dir.resolve("b.yaml") + " [STD-E041]")
                        .anySatisfy(p -> assertThat(p).startsWith(dir.resolve("d.yaml") + ":1:")));
    }

    @Test
    void an_empty_or_missing_folder_is_one_clear_error(@TempDir Path dir) {
        assertThatThrownBy(() -> Catalog.load(dir)).hasMessageContaining("no standard files (*.yaml, *.yml) in this folder");
        assertThatThrownBy(() -> Catalog.load(dir.resolve("nope"))).hasMessageContaining("no such folder");
    }

    @Test
    void several_threads_judge_a_catalog_alike(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-1.0.0.yaml"), revision("1.0.0", "2025-01-01", "2026-01-01", "48h"));
        Files.writeString(dir.resolve("a-1.1.0.yaml"), revision("1.1.0", "2026-01-01", null, "24h"));
        Catalog catalog = Catalog.load(dir);
        StringBuilder facts = new StringBuilder();
        Instant first = Instant.parse("2025-11-01T00:00:00Z");
        for (int i = 0; i < 3_000; i++) {
            Instant created = first.plusSeconds(i * 3_607L);
            facts.append("{\"type\":\"ticket\",\"id\":\"T").append(i).append("\",\"events\":[{\"name\":\"created\",\"at\":\"")
                    .append(created).append("\"}").append(i % 3 == 0 ? "" : ",{\"name\":\"accepted\",\"at\":\""
                            + created.plusSeconds(i * 97L % 200_000) + "\"}").append("]}\n");
        }
        Instant asOf = Instant.parse("2026-06-01T00:00:00Z");
        Report one = catalog.evaluate(new StringReader(facts.toString()), asOf, EvaluationOptions.DEFAULT);
        Report two = catalog.evaluate(new StringReader(facts.toString()), asOf, EvaluationOptions.DEFAULT.withParallelism(2));
        assertThat(one.findings()).extracting(Finding::version).contains("1.0.0", "1.1.0");
        assertThat(two).isEqualTo(one);
    }
}
