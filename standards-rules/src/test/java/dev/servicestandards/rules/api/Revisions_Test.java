package dev.servicestandards.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Facts;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;

class Revisions_Test {

    private static final Path EXAMPLES = Path.of("../standards-examples");

    @Test
    void the_2026_revision_tightens_acceptance() {
        Standard v1 = Standards.load(EXAMPLES.resolve("standards/complaint-handling-1.0.0.yaml"));
        Standard v11 = Standards.load(EXAMPLES.resolve("standards/complaint-handling-1.1.0.yaml"));
        assertThat(Revisions.diff(v1, v11)).extracting(Object::toString).contains(
                "changed  effective-from: 2025-01-01 → 2026-01-01",
                "changed  complaint.accept  time-limit.within: 48h → 24h",
                "changed  complaint.accept  penalty.points: 2 → 3");
        assertThat(Revisions.diff(v1, v1)).isEmpty();
    }

    @Test
    void added_and_removed_clauses_are_named() {
        Standard a = Standards.parse("""
                standard: cn.x
                version: 1.0.0
                effective-from: 2025-01-01
                timezone: UTC
                clauses:
                  - { id: one, limit: { attribute: rings, at-most: 3 } }
                  - { id: two, required-fields: [a] }
                """, "a.yaml");
        Standard b = Standards.parse("""
                standard: cn.x
                version: 1.1.0
                effective-from: 2025-01-01
                timezone: UTC
                clauses:
                  - { id: one, limit: { attribute: rings, at-least: 1 } }
                  - { id: three, required-fields: [a] }
                """, "b.yaml");
        assertThat(Revisions.diff(a, b)).extracting(Object::toString).containsExactly(
                "removed  two", "changed  one  limit.at-most: 3 → (none)", "changed  one  limit.at-least: (none) → 1",
                "added    three");
    }

    @Test
    void impact_replays_facts_through_both_revisions() throws IOException {
        Standard v1 = Standards.load(EXAMPLES.resolve("standards/complaint-handling-1.0.0.yaml"));
        Standard v11 = Standards.load(EXAMPLES.resolve("standards/complaint-handling-1.1.0.yaml"));
        Revisions.Impact impact = Revisions.impact(v1, v11, Facts.readJsonLines(EXAMPLES.resolve("facts/complaints.jsonl")),
                Instant.parse("2025-03-09T16:00:00Z"));
        assertThat(impact.perClause()).containsOnlyKeys("complaint.accept");
        assertThat(impact.perClause().get("complaint.accept")).containsExactly(0, 0, 2);
        assertThat(impact.changes()).extracting(Revisions.FindingChange::fact).containsExactly("T-1001", "T-1003");
    }
}
