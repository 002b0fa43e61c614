package dev.servicestandards.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.model.Severity;

class FindingTable_Test {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant CREATED = Instant.parse("2025-03-03T01:15:00Z");
    private static final Instant ACCEPTED = Instant.parse("2025-03-05T02:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2025-03-05T01:15:00.5Z");
    private static final Duration MEASURED = Duration.ofHours(48).plusMinutes(45).plusNanos(7);
    private static final Finding.Charge TWO = new Finding.Charge(BigDecimal.valueOf(2), Optional.empty(), Optional.empty());

    private static final FindingTable.Origin ACCEPT = new FindingTable.Origin("cn.telecom", "1.1.0", "complaint.accept",
            Severity.MAJOR, Optional.of("PT48H"), List.of("station", "branch"), SHANGHAI, "created", "accepted");
    private static final FindingTable.Origin POLITE = new FindingTable.Origin("cn.telecom", "1.1.0", "talk.polite",
            Severity.MINOR, Optional.empty(), List.of(), SHANGHAI, null, null);

    @Test
    void rows_read_back_as_the_findings_they_hold() {
        Evidence said = Evidence.builder(SHANGHAI).put("phrase", "不知道").put("utterance", 2).build();
        FindingTable table = FindingTable.builder()
                .addClock(ACCEPT, "T-1", Outcome.VIOLATED, 1, TWO, DEADLINE, MEASURED, CREATED, ACCEPTED, null)
                .addClock(ACCEPT, "T-2", Outcome.PENDING, -1, null, null, Duration.ZERO, CREATED, null, ACCEPTED)
                .add(POLITE, "T-2", Outcome.VIOLATED, null, 3, said)
                .build();

        assertThat(table).containsExactly(
                new Finding("cn.telecom", "1.1.0", "complaint.accept", "T-1", Outcome.VIOLATED, Severity.MAJOR,
                        Optional.of(DEADLINE), Optional.of(MEASURED), Optional.of("PT48H"), Optional.of("branch"),
                        Optional.of(TWO), Map.of("created", "2025-03-03T09:15:00+08:00",
                                "accepted", "2025-03-05T10:00:00+08:00"), 0),
                new Finding("cn.telecom", "1.1.0", "complaint.accept", "T-2", Outcome.PENDING, Severity.MAJOR,
                        Optional.empty(), Optional.of(Duration.ZERO), Optional.of("PT48H"), Optional.empty(),
                        Optional.empty(), Map.of("created", "2025-03-03T09:15:00+08:00",
                                "pausedSince", "2025-03-05T10:00:00+08:00"), 0),
                new Finding("cn.telecom", "1.1.0", "talk.polite", "T-2", Outcome.VIOLATED, Severity.MINOR,
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Map.of("phrase", "不知道", "utterance", 2), 3));
        assertThat(table.get(0).evidence()).isInstanceOf(Evidence.class).containsOnlyKeys("accepted", "created");
        assertThat(table).isEqualTo(List.copyOf(table)).hasSameHashCodeAs(List.copyOf(table));
    }

    @Test
    void a_table_in_report_order_is_kept_as_it_is() {
        FindingTable table = FindingTable.builder()
                .add(POLITE, "T-1", Outcome.VIOLATED, null, 0, Evidence.builder(SHANGHAI).build())
                .add(POLITE, "T-1", Outcome.VIOLATED, null, 1, Evidence.builder(SHANGHAI).build())
                .addClock(ACCEPT, "T-2", Outcome.MET, -1, null, DEADLINE, MEASURED, CREATED, ACCEPTED, null)
                .build();
        assertThat(FindingTable.inReportOrder(table)).isSameAs(table);
    }

    @Test
    void tables_each_in_order_appended_out_of_order_are_ordered() {
        FindingTable later = FindingTable.builder()
                .add(POLITE, "T-3", Outcome.VIOLATED, null, 0, Evidence.builder(SHANGHAI).build())
                .add(POLITE, "T-4", Outcome.VIOLATED, null, 0, Evidence.builder(SHANGHAI).build()).build();
        FindingTable earlier = FindingTable.builder()
                .add(POLITE, "T-1", Outcome.VIOLATED, null, 0, Evidence.builder(SHANGHAI).build())
                .add(POLITE, "T-2", Outcome.VIOLATED, null, 0, Evidence.builder(SHANGHAI).build()).build();

        FindingTable both = FindingTable.builder().addAll(later).addAll(earlier).build();
        assertThat(FindingTable.inReportOrder(both)).extracting(Finding::fact).containsExactly("T-1", "T-2", "T-3", "T-4");
        FindingTable inOrder = FindingTable.builder().addAll(earlier).addAll(later).build();
        assertThat(FindingTable.inReportOrder(inOrder)).isSameAs(inOrder);
    }

    /** Random findings, few distinct keys so that ties occur: the table orders them as a sorted list does. */
    @Test
    void any_rows_come_out_in_report_order_ties_in_input_order() {
        Random random = new Random(20261124);
        for (int round = 0; round < 200; round++) {
            FindingTable.Builder builder = FindingTable.builder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                FindingTable.Origin origin = new FindingTable.Origin("std." + random.nextInt(2), "1." + random.nextInt(2)
                        + ".0", "c" + random.nextInt(3), Severity.MINOR, Optional.empty(), List.of(), SHANGHAI, null, null);
                // the evidence tells ties apart
                builder.add(origin, "T-" + random.nextInt(4), Outcome.VIOLATED, null, random.nextInt(2),
                        Evidence.builder(SHANGHAI).put("i", i).build());
            }
            FindingTable table = builder.build();
            List<Finding> expected = new ArrayList<>(table);
            expected.sort(Finding.REPORT_ORDER);

            List<Finding> sorted = FindingTable.inReportOrder(table);
            assertThat(sorted).as("round %d", round).containsExactlyElementsOf(expected);
            // and a sorted table copied into another keeps its order
            assertThat(FindingTable.builder().addAll(sorted).build()).containsExactlyElementsOf(expected);
        }
    }

    /** Ids short and long, sharing their first eight chars or not, with a NUL, beyond Latin-1 and above U+7FFF. */
    private static final String[] ID_FORMS = {"T-", "T-1", "TK-2025-0000", "TK-2025-", "T\u0000", "T", "工单-", "\uFF34-", ""};

    /**
     * Chunks of rows (taken whole, copied when built) and lone rows, as an evaluation and a
     * catalog add them: facts in random order, some ids in several chunks, a fact's rows mostly
     * in clause order. The table orders them as a sorted list does, and counts them as they come.
     */
    @Test
    void chunks_and_lone_rows_come_out_in_report_order() {
        Random random = new Random(42);
        for (int round = 0; round < 100; round++) {
            FindingTable.Builder builder = FindingTable.builder();
            int rows = 0;
            // the rows' numbers in the order they enter the builder
            List<Object> asAdded = new ArrayList<>();
            int parts = random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                boolean alone = random.nextInt(4) == 0;
                FindingTable.Builder part = alone ? builder : FindingTable.builder(random.nextInt(3));
                int facts = 1 + random.nextInt(alone ? 2 : 40);
                for (int f = 0; f < facts; f++) {
                    String fact = ID_FORMS[random.nextInt(ID_FORMS.length)]
                            + (random.nextBoolean() ? random.nextInt(20) : random.nextInt(100_000));
                    int clauses = 1 + random.nextInt(4);
                    for (int c = 0; c < clauses; c++) {
                        // one row in ten out of clause order
                        int clause = random.nextInt(10) == 0 ? random.nextInt(4) : c;
                        FindingTable.Origin origin = new FindingTable.Origin("std", "1.0.0", "c" + clause,
                                Severity.MINOR, Optional.empty(), List.of(), SHANGHAI, null, null);
                        if (alone) {
                            asAdded.add(rows);
                        }
                        part.add(origin, fact, Outcome.VIOLATED, null, 0,
                                Evidence.builder(SHANGHAI).put("row", rows++).build());
                    }
                }
                if (!alone) {
                    FindingTable chunk = part.build();
                    // a chunk, or a chunk already put in report order (rows copied one by one)
                    List<Finding> added = random.nextInt(3) == 0 ? FindingTable.inReportOrder(chunk) : chunk;
                    added.forEach(finding -> asAdded.add(finding.evidence().get("row")));
                    builder.addAll(added);
                }
            }
            assertThat(builder.size()).isEqualTo(rows);
            FindingTable table = builder.build();
            assertThat(table).extracting(f -> f.evidence().get("row")).containsExactlyElementsOf(asAdded);
            List<Finding> expected = new ArrayList<>(table);
            expected.sort(Finding.REPORT_ORDER);
            assertThat(FindingTable.inReportOrder(table)).as("round %d", round).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void any_list_of_findings_is_taken_in_and_ordered() {
        Finding late = new Finding("s", "1.0.0", "b", "T-2", Outcome.PENDING, Severity.CRITICAL, Optional.of(DEADLINE),
                Optional.of(MEASURED), Optional.of("PT4H"), Optional.of("branch"), Optional.of(TWO),
                Map.of("note", "kept"), 0);
        Finding early = new Finding("s", "1.0.0", "a", "T-1", Outcome.MET, Severity.MINOR, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), 0);

        assertThat(FindingTable.builder().addAll(List.of(late, early)).build()).containsExactly(late, early);
        assertThat(FindingTable.inReportOrder(List.of(late, early))).containsExactly(early, late);
    }

    @Test
    void the_list_cannot_be_changed() {
        FindingTable table = FindingTable.builder()
                .addClock(ACCEPT, "T-1", Outcome.VIOLATED, 0, TWO, DEADLINE, MEASURED, CREATED, ACCEPTED, null).build();
        Finding first = table.get(0);
        assertThatThrownBy(() -> table.add(first)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.set(0, first)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> table.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void the_builder_refuses_what_it_cannot_hold() {
        FindingTable.Builder builder = FindingTable.builder();
        assertThatThrownBy(() -> builder.addClock(POLITE, "T-1", Outcome.MET, -1, null, null, MEASURED, CREATED,
                null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("talk.polite has no clock");
        assertThatThrownBy(() -> builder.addClock(ACCEPT, "T-1", Outcome.MET, 2, null, null, MEASURED, CREATED,
                null, null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no tier 2");
        assertThatThrownBy(() -> new FindingTable.Origin("s", "1.0.0", "c", Severity.MINOR, Optional.empty(),
                List.of(), SHANGHAI, "created", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.size()).isZero();

        builder.build();
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> builder.add(POLITE, "T-1", Outcome.MET, null, 0, Evidence.builder(SHANGHAI).build()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void grows_past_its_first_arrays() {
        FindingTable.Builder builder = FindingTable.builder();
        for (int i = 0; i < 1000; i++) {
            builder.addClock(ACCEPT, String.format("T-%04d", i), Outcome.VIOLATED, i % 2, TWO,
                    DEADLINE.plusSeconds(i), MEASURED, CREATED, ACCEPTED, null);
        }
        FindingTable table = builder.build();
        assertThat(table).hasSize(1000);
        assertThat(table.get(999).fact()).isEqualTo("T-0999");
        assertThat(table.get(999).deadline()).contains(DEADLINE.plusSeconds(999));
        assertThat(table.get(999).escalation()).contains("branch");
    }
}
