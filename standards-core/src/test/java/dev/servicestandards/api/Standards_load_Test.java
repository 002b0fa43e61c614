package dev.servicestandards.api;

import dev.servicestandards.model.Outcome;
import dev.servicestandards.model.Severity;

import dev.servicestandards.model.TimeAllowance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Standards_load_Test {

    private static Path resource(String name) throws Exception {
        return Path.of(Standards_load_Test.class.getResource("/" + name).toURI());
    }

    @Nested
    class A_standard_with_every_clause_kind {

        private final Standard standard;

        A_standard_with_every_clause_kind() throws Exception {
            standard = Standards.load(resource("valid/every-kind.yaml"));
        }

        @Test
        void reads_the_document_fields() {
            assertThat(standard.id()).isEqualTo("cn.telecom.every-kind");
            assertThat(standard.version()).isEqualTo(new SemVer(1, 1, 0, "rc.1"));
            assertThat(standard.title()).contains("每种条款");
            assertThat(standard.effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(standard.effectiveUntil()).contains(LocalDate.of(2026, 1, 1));
            assertThat(standard.supersedes()).contains(new SemVer(1, 0, 0, ""));
            assertThat(standard.timezone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
            assertThat(standard.contentHash()).hasSize(64);
        }

        @Test
        void reads_a_time_limit_with_pause_and_tiers() {
            Clause accept = standard.clause("complaint.accept").orElseThrow();
            assertThat(accept.appliesTo().conditions()).containsEntry("priority", List.of("P1", "P2"))
                    .containsEntry("type", List.of("ticket"));
            assertThat(accept.dimension()).contains("responsiveness");
            assertThat(accept.severity()).isEqualTo(Severity.MAJOR);
            ClauseKind.TimeLimit limit = (ClauseKind.TimeLimit) accept.kind();
            assertThat(limit.within()).isEqualTo(new TimeAllowance.Time(Duration.ofMinutes(90)));
            assertThat(limit.calendar()).isEqualTo("24x7");
            assertThat(limit.pause()).contains(new ClauseKind.Pause("suspended", "resumed"));
            assertThat(limit.escalation()).extracting(EscalationTier::tier, EscalationTier::at)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("reminder", "75%"),
                            org.assertj.core.groups.Tuple.tuple("station", "100%"),
                            org.assertj.core.groups.Tuple.tuple("branch", "100% + 24h"));
            assertThat(limit.escalation().get(2).offset()).isEqualTo(Duration.ofHours(24));
            assertThat(accept.location().line()).isEqualTo(15);
            assertThat(accept.location().path()).isEqualTo("clauses[0]");
        }

        @Test
        void reads_calendars_phrases_limits_kpis_and_scoring() {
            CalendarSpec calendar = standard.calendars().get("cn-workdays");
            assertThat(calendar.base()).contains("cn-official");
            assertThat(calendar.hours()).hasToString("[09:00-12:00, 13:30-18:00]");
            assertThat(calendar.holidays()).containsExactly(LocalDate.of(2025, 6, 3));
            assertThat(((ClauseKind.TimeLimit) standard.clause("complaint.answer").orElseThrow().kind()).within())
                    .isEqualTo(new TimeAllowance.WorkingDays(3));

            Clause forbidden = standard.clause("agent.forbidden-phrases").orElseThrow();
            assertThat(((ClauseKind.ForbiddenPhrases) forbidden.kind()).phrases()).containsExactly("不知道", "你问我我问谁");
            assertThat(forbidden.penalty()).contains(new Penalty(BigDecimal.valueOf(5), Penalty.Per.OCCURRENCE,
                    Optional.of(BigDecimal.valueOf(20)), Optional.of(BigDecimal.valueOf(200)), Optional.of("CNY")));
            assertThat(standard.clause("call.greeting").orElseThrow().kind())
                    .isEqualTo(new ClauseKind.RequiredPhrase("agent", ClauseKind.Position.FIRST, List.of("您好", "你好")));
            assertThat(standard.clause("call.rings").orElseThrow().kind())
                    .isEqualTo(new ClauseKind.Limit("rings", Optional.of(new BigDecimal("3")), Optional.empty()));

            ClauseKind.Kpi rate = (ClauseKind.Kpi) standard.clause("kpi.resolution-rate").orElseThrow().kind();
            assertThat(rate.measure()).isEqualTo(new ClauseKind.RateOfOutcome("complaint.answer", Outcome.MET));
            assertThat(rate.atLeast()).contains(new BigDecimal("0.90"));
            assertThat(rate.period()).contains(ClauseKind.Period.MONTH);
            assertThat(rate.minSample()).isEqualTo(20);

            Scoring scoring = standard.scoring().orElseThrow();
            assertThat(scoring.dimensions()).containsKeys("responsiveness", "quality", "knowledge", "reliability", "satisfaction");
            assertThat(scoring.grades()).extracting(Scoring.Grade::grade).containsExactly("优秀", "良好", "合格", "不合格");
        }

        @Test
        void has_no_problem_at_all() throws Exception {
            ValidationReport report = Standards.validate(resource("valid/every-kind.yaml"));
            assertThat(report.problems()).isEmpty();
        }
    }

    @Test
    void load_throws_with_the_whole_report() throws Exception {
        assertThatThrownBy(() -> Standards.load(resource("invalid/document.yaml")))
                .isInstanceOf(InvalidStandardException.class)
                .hasMessageContaining("invalid/document.yaml:2:11: standard: 'CN_Telecom' is not a valid standard id")
                .hasMessageContaining("(and 4 more)")
                .satisfies(e -> assertThat(((InvalidStandardException) e).report().errors()).hasSize(5));
    }

    @Test
    void a_missing_file_is_one_located_problem() {
        ValidationReport report = Standards.validate(Path.of("no/such/standard.yaml"));
        assertThat(report.problems()).singleElement().hasToString(
                "no/such/standard.yaml: cannot read the file: no such file [STD-E001]");
    }

    @Test
    void binary_input_is_refused_without_crashing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("binary.yaml");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3});
        assertThat(Standards.validate(file).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not UTF-8"));
    }

    @Test
    void an_oversized_file_is_refused_before_reading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yaml");
        Files.write(file, new byte[(int) Standards.MAX_FILE_BYTES + 1]);
        assertThat(Standards.validate(file).errors()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo(ProblemCode.TOO_LARGE));
    }

    @Test
    void an_alias_bomb_is_refused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        assertThatThrownBy(() -> Standards.parse(yaml.toString(), "bomb.yaml"))
                .isInstanceOf(InvalidStandardException.class)
                .satisfies(e -> assertThat(((InvalidStandardException) e).report().errors())
                        .anySatisfy(p -> assertThat(p.code()).isIn(ProblemCode.YAML_SYNTAX, ProblemCode.UNKNOWN_KEY)));
    }

    @Test
    void an_empty_document_is_a_located_problem() {
        assertThatThrownBy(() -> Standards.parse("# nothing\n", "empty.yaml"))
                .hasMessage("empty.yaml:1:1: not valid YAML: the document is empty [STD-E002]");
    }

    @Test
    void a_document_that_is_not_a_mapping_is_a_located_problem() {
        assertThatThrownBy(() -> Standards.parse("- a\n- b\n", "list.yaml"))
                .hasMessage("list.yaml:1:1: expected a mapping but found a list [STD-E007]");
    }
}
