package dev.servicestandards.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;

class Lint_check_Test {

    private static final Standard STANDARD = Standards.parse("""
            standard: cn.test.lint
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: Asia/Shanghai
            clauses:
              - id: complaint.accept
                applies-to: { type: ticket, kind: complaint }
                time-limit: { from: created, to: accepted, within: 48h, pause: { from: suspended, to: resumed } }
              - id: call.rings
                applies-to: { type: interaction, channel: hotline }
                limit: { attribute: rings, at-most: 3 }
              - id: big.refunds
                applies-to: { type: ticket, amount: { at-least: 1000 } }
                required-fields: [record]
              - id: kpi.satisfaction
                applies-to: { type: ticket }
                kpi: { average-of: { attribute: satisfaction }, among: { kind: complaint }, at-least: 4 }
            """, "lint.yaml");

    private static final Instant AT = Instant.parse("2025-03-03T01:00:00Z");

    private static Fact ticket(String id, Map<String, Object> fields, Map<String, Object> attributes, String... events) {
        return new Fact("ticket", id, fields, attributes, java.util.Arrays.stream(events).map(e -> new Event(e, AT)).toList(),
                List.of());
    }

    private static Fact call(String id, String channel, Object rings) {
        return new Fact("interaction", id, Map.of("channel", channel), Map.of("rings", rings), List.of(), List.of());
    }

    @Nested
    class Clean_input {

        @Test
        void facts_every_clause_reads_as_it_should_give_nothing() {
            // GIVEN
            List<Fact> facts = List.of(
                    ticket("T-1", Map.of("kind", "complaint"), Map.of("satisfaction", 5), "created", "suspended", "resumed", "accepted"),
                    call("C-1", "hotline", 4));
            // WHEN
            LintReport report = Lint.check(STANDARD, facts);
            // THEN
            assertThat(report.isClean()).isTrue();
            assertThat(report.facts()).isEqualTo(2);
            assertThat(report.unselected()).isZero();
            assertThat(report.unreadEvents()).isEmpty();
            assertThat(report.wrongTypes()).isEmpty();
            assertThat(report.problems()).isEmpty();
        }

        @Test
        void the_events_the_clauses_read_are_listed() {
            assertThat(Lint.of(STANDARD, "x").readEvents()).containsExactly("accepted", "created", "resumed", "suspended");
        }
    }

    @Nested
    class Unselected_facts {

        @Test
        void facts_no_clause_selects_are_counted_with_the_first() {
            // GIVEN a web call (the rings clause is for the hotline) and two calls of another channel
            List<Fact> facts = List.of(call("C-1", "hotline", 2), call("C-2", "web", 2), call("C-3", "email", 1));
            // WHEN
            LintReport report = Lint.check(STANDARD, facts);
            // THEN
            assertThat(report.unselected()).isEqualTo(2);
            assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                    "facts: warning: 2 of 3 facts are selected by no clause, so nothing judges them (the first: interaction 'C-2'): "
                            + "check their type and the fields the clauses' applies-to name [STD-W006]");
        }

        @Test
        void a_kpi_selects_only_facts_of_its_population() {
            // GIVEN a ticket of another kind, without an amount: only the KPI's applies-to matches, not its among
            LintReport report = Lint.check(STANDARD, List.of(ticket("T-9", Map.of("kind", "fault"), Map.of())));
            // THEN
            assertThat(report.unselected()).isEqualTo(1);
        }
    }

    @Nested
    class Unread_events {

        @Test
        void a_wrong_case_event_name_is_counted_and_the_read_name_suggested() throws IOException {
            // GIVEN facts from JSON with 'Created' on two tickets and a stray 'escalated'
            FactBatch batch = Facts.readJsonLines(new StringReader("""
                    {"type":"ticket","id":"T-1","kind":"complaint","events":[{"name":"Created","at":"2025-03-03T09:00:00+08:00"}]}
                    {"type":"ticket","id":"T-2","kind":"complaint","events":[{"name":"Created","at":"2025-03-03T09:00:00+08:00"},{"name":"Created","at":"2025-03-03T10:00:00+08:00"}]}
                    {"type":"ticket","id":"T-3","kind":"complaint","events":[{"name":"created","at":"2025-03-03T09:00:00+08:00"},{"name":"escalated","at":"2025-03-03T10:00:00+08:00"}]}
                    """));
            Lint lint = Lint.of(STANDARD, "tickets.jsonl");
            batch.facts().forEach(lint::add);
            // WHEN
            LintReport report = lint.report();
            // THEN each fact counts once per name, in name order
            assertThat(report.unreadEvents()).containsExactly(Map.entry("Created", 2), Map.entry("escalated", 1));
            assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                    "tickets.jsonl: warning: event 'Created' is read by no clause (on 2 facts, the first 'T-1') (did you mean 'created'?) [STD-W007]",
                    "tickets.jsonl: warning: event 'escalated' is read by no clause (on 1 facts, the first 'T-3') [STD-W007]");
        }

        @Test
        void a_misspelled_event_name_gets_the_nearest_read_name() {
            LintReport report = Lint.check(STANDARD, List.of(ticket("T-1", Map.of("kind", "complaint"), Map.of(), "acepted")));
            assertThat(report.problems()).extracting(Problem::message)
                    .containsExactly("event 'acepted' is read by no clause (on 1 facts, the first 'T-1') (did you mean 'accepted'?)");
        }
    }

    @Nested
    class Wrong_types {

        @Test
        void a_limit_on_text_that_is_not_a_number_is_counted_per_clause() {
            // GIVEN rings as words on two hotline calls; numeric text counts as a number, as in the rules
            List<Fact> facts = List.of(call("C-1", "hotline", "four"), call("C-2", "hotline", true), call("C-3", "hotline", "4"),
                    call("C-4", "web", "five"), call("C-5", "hotline", 4));
            // WHEN
            LintReport report = Lint.check(STANDARD, facts);
            // THEN only the hotline calls, which the clause reads, count
            assertThat(report.wrongTypes()).containsExactly(new LintReport.WrongType("rings", "call.rings", 2, "C-1", "four"));
            assertThat(report.problems()).filteredOn(p -> p.code() == ProblemCode.NOT_A_NUMBER).extracting(Problem::toString)
                    .containsExactly("facts: clause call.rings reads 'rings' as a number, but on 2 facts it is not one "
                            + "(the first: 'four' on fact 'C-1'), so the clause cannot judge them by it [STD-E070]");
        }

        @Test
        void a_range_in_applies_to_and_a_kpi_measure_read_numbers_too() {
            // GIVEN an amount as text and a satisfaction as text, on a complaint
            Fact fact = ticket("T-1", Map.of("kind", "complaint", "amount", "lots"), Map.of("satisfaction", "good"),
                    "created", "accepted");
            // WHEN
            LintReport report = Lint.check(STANDARD, List.of(fact));
            // THEN
            assertThat(report.wrongTypes()).extracting(LintReport.WrongType::name, LintReport.WrongType::clause)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("amount", "big.refunds"),
                            org.assertj.core.api.Assertions.tuple("satisfaction", "kpi.satisfaction"));
        }

        @Test
        void a_number_built_in_code_of_any_type_is_a_number() {
            List<Fact> facts = List.of(call("C-1", "hotline", 4L), call("C-2", "hotline", 4.5d), call("C-3", "hotline", new BigDecimal("3")));
            assertThat(Lint.check(STANDARD, facts).isClean()).isTrue();
        }
    }

    @Test
    void the_messages_read_in_chinese() {
        LintReport report = Lint.check(STANDARD, List.of(call("C-1", "web", 1),
                ticket("T-1", Map.of("kind", "complaint"), Map.of(), "Created")));
        assertThat(report.problems()).extracting(p -> p.toString(Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "facts: 警告：2 条事实中有 1 条不被任何条款选中，因而不会被判定（第一条：interaction“C-1”）：请检查它们的类型，以及各条款 applies-to 所写的字段 [STD-W006]",
                "facts: 警告：事件“Created”没有任何条款读取（出现在 1 条事实上，第一条为“T-1”）（是否想写“created”？） [STD-W007]");
    }
}
