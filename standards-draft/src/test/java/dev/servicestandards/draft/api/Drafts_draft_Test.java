package dev.servicestandards.draft.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.servicestandards.api.ClauseKind;

class Drafts_draft_Test {

    private static final DraftOptions OPTIONS = DraftOptions.defaults().withId("cn.test.draft")
            .withClock(Clock.fixed(Instant.parse("2026-03-01T18:00:00Z"), ZoneOffset.UTC));

    private static Draft draft(String text) {
        return Drafts.draft(text, "doc.txt", OPTIONS);
    }

    @Test
    void a_short_document_drafts_to_exactly_this_yaml() {
        // GIVEN two requirements, one with an assumed start, and a statistic
        String doc = "投诉处理规范\n\n用户投诉应在48小时内受理。\n铃响三声内接听，否则扣1分。\n2023年行业调研显示，用户满意度达72%。\n";
        // WHEN drafted
        Draft draft = draft(doc);
        // THEN the YAML quotes each sentence with its position and confidence, and lists the statistic as unplaced;
        // effective-from is the clock's date in Asia/Shanghai (2026-03-02), as the document states none
        assertThat(draft.yaml()).isEqualTo("""
                # Draft standard made by `standards draft` from doc.txt: review every clause before adopting it.
                # 4 sentences read; 2 clauses drafted (1 high, 1 medium, 0 low confidence); 1 requirements unplaced (listed at the end).
                # Above each clause: where its sentence starts (¶paragraph line N), how sure the drafter is, and the sentence.
                # high: every value is in the sentence; medium: a value was assumed (see the note); low: a name was made up, or the sentence is an example.
                standard: cn.test.draft
                version: 1.0.0
                title: "投诉处理规范"
                effective-from: 2026-03-02   # not stated in the document: the day of drafting
                timezone: Asia/Shanghai

                clauses:

                  # ¶2 line 3 · confidence: medium
                  # “用户投诉应在48小时内受理。”
                  # note: start event assumed: 'created' (the sentence names none)
                  - id: complaint.accept
                    title: "用户投诉应在48小时内受理"
                    applies-to: { type: ticket, kind: complaint }
                    time-limit:
                      from: created
                      to: accepted
                      within: 48h

                  # ¶2 line 4 · confidence: high
                  # “铃响三声内接听，否则扣1分。”
                  - id: call.rings
                    title: "铃响三声内接听"
                    applies-to: { type: interaction, channel: hotline }
                    limit: { attribute: rings, at-most: 3 }
                    penalty: { points: 1 }

                # unplaced:
                #   - ¶2 line 5: “2023年行业调研显示，用户满意度达72%。”
                #     why: reads as a statistic or a description, not as an obligation
                """);
        assertThat(draft.clauses()).extracting(DraftedClause::id, DraftedClause::kind, DraftedClause::confidence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("complaint.accept", "time-limit", Confidence.MEDIUM),
                        org.assertj.core.groups.Tuple.tuple("call.rings", "limit", Confidence.HIGH));
        assertThat(draft.clauses().get(0).source()).isEqualTo(new SourceQuote("用户投诉应在48小时内受理。", new Position(2, 3)));
        assertThat(draft.sentences()).isEqualTo(4);
        assertThat(draft.standard().orElseThrow().clauses()).hasSize(2);
    }

    @Nested
    class What_cannot_be_drafted_is_listed_with_its_reason {

        @Test
        void an_escalation_chain_without_times() {
            Draft draft = draft("故障应在24小时内修复。处理不力的，逐级上报分公司、总部。");
            assertThat(draft.unplaced()).extracting(Unplaced::reason).containsExactly(
                    "escalation levels without the time at which each is reached: the format needs one per tier");
            assertThat(draft.yaml()).contains("# unplaced:\n#   - ¶1 line 1: “处理不力的，逐级上报分公司、总部。”\n");
        }

        @Test
        void an_arrow_chain_with_one_interval_for_every_level_is_drafted() {
            // GIVEN 服务站→分公司→总部 and one interval: the first level at the deadline, each next one 24h later
            Draft draft = draft("投诉应在3个工作日内答复。未按时答复的投诉按服务站→分公司→总部逐级上报，每级间隔24小时。");
            assertThat(((ClauseKind.TimeLimit) draft.standard().orElseThrow().clauses().get(0).kind()).escalation())
                    .extracting(t -> t.tier() + " at " + t.at())
                    .containsExactly("station at 100%", "branch at 100% + 24h", "headquarters at 100% + 48h");
            assertThat(draft.unplaced()).isEmpty();
        }

        @Test
        void the_levels_of_a_chain_after_the_one_with_a_time() {
            // 超时的 gives the service station its instant (the deadline); the branch and headquarters have none
            Draft draft = draft("故障应在24小时内修复。修复超时的，由服务站逐级上报分公司、总部。");
            assertThat(((ClauseKind.TimeLimit) draft.standard().orElseThrow().clauses().get(0).kind()).escalation())
                    .extracting(t -> t.tier() + " at " + t.at()).containsExactly("station at 100%");
            assertThat(draft.unplaced()).extracting(Unplaced::reason)
                    .containsExactly("no time stated for escalation level(s) 分公司, 总部");
        }

        @Test
        void a_prohibition_of_conduct_and_a_time_without_an_event() {
            Draft draft = draft("不准吃拿卡要。上门前应提前30分钟联系用户。");
            assertThat(draft.clauses()).isEmpty();
            assertThat(draft.unplaced()).extracting(u -> u.source().text(), Unplaced::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("不准吃拿卡要。",
                            "a prohibition of conduct that tickets and conversations do not record: nothing to check"),
                    org.assertj.core.groups.Tuple.tuple("上门前应提前30分钟联系用户",
                            "a time with no obligation the drafter recognizes (no 'within' with a known event)"));
        }

        @Test
        void scoring_weights_that_do_not_add_up() {
            Draft draft = draft("投诉应在48小时内受理。考核实行百分制：响应及时性40分，服务规范30分，用户满意度20分。");
            assertThat(draft.standard().orElseThrow().scoring()).isEmpty();
            assertThat(draft.unplaced()).singleElement().extracting(Unplaced::reason).isEqualTo(
                    "scoring weights (响应及时性 40, 服务规范 30, 用户满意度 20) sum to 90, not to the base 100: the format needs them equal");
        }
    }

    @Test
    void chinese_numerals_and_an_example_are_drafted_with_low_confidence() {
        // the sentence only gives the limits as an example (例如): the committee must confirm them
        Draft draft = draft("确保故障恢复时间控制在行业标准范围内(例如四小时内完成故障定位,二十四小时内恢复网络正常)。问题解决率不低于百分之九十。");
        assertThat(draft.standard().orElseThrow().clauses()).extracting(c -> c.kind().toString()).containsExactly(
                "TimeLimit[from=created, to=located, within=4h, calendar=24x7, pause=Optional.empty, escalation=[], withinBy=Optional.empty, each=false, reopen=Optional.empty]",
                "TimeLimit[from=created, to=restored, within=24h, calendar=24x7, pause=Optional.empty, escalation=[], withinBy=Optional.empty, each=false, reopen=Optional.empty]",
                "Kpi[measure=RateOfAttribute[attribute=resolved, equalsValue=true], among=Selector[conditions={type=[ticket]}, ranges={}, not=Optional.empty, anyOf=[]], groupBy=Optional.empty, period=Optional.empty, atLeast=Optional[0.90], atMost=Optional.empty, minSample=1]");
        assertThat(draft.clauses()).extracting(DraftedClause::confidence)
                .containsExactly(Confidence.LOW, Confidence.LOW, Confidence.HIGH);
        assertThat(draft.clauses().get(0).notes()).contains("the document gives this as an example (例如), not as a rule");
    }

    @Test
    void text_from_the_document_cannot_change_the_yaml() {
        // GIVEN forbidden phrases that look like YAML, with quotes, a comment sign and a line separator
        Draft draft = draft("严禁使用“\"}] evil: true #”、“a\u2028b: c”等服务禁语。");
        // THEN they come back as phrases (the separator, being white space, is read as a space)
        assertThat(draft.standard().orElseThrow().clauses()).singleElement().satisfies(c ->
                assertThat(((ClauseKind.ForbiddenPhrases) c.kind()).phrases()).containsExactly("\"}] evil: true #", "a b: c"));
    }

    @Test
    void the_document_date_wins_over_the_clock_and_the_options_over_both() {
        String doc = "本规范自2025年7月1日起施行。投诉应在48小时内受理。";
        assertThat(draft(doc).standard().orElseThrow().effectiveFrom()).hasToString("2025-07-01");
        assertThat(Drafts.draft(doc, "d.txt", OPTIONS.withEffectiveFrom(java.time.LocalDate.of(2025, 1, 1)))
                .standard().orElseThrow().effectiveFrom()).hasToString("2025-01-01");
    }

    @Test
    void malformed_options_are_refused_before_reading() {
        assertThatThrownBy(() -> Drafts.draft("x", "d.txt", OPTIONS.withId("Bad Id")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("standard id 'Bad Id' is not lowercase words separated by dots or dashes (e.g. cn.telecom.complaint-handling)");
        assertThatThrownBy(() -> Drafts.draft("x", "d.txt", OPTIONS.withVersion("1.0")))
                .hasMessage("version '1.0' is not a semantic version (e.g. 1.0.0)");
    }

    @Test
    void a_document_with_nothing_to_draft_has_no_standard_but_keeps_its_unplaced_list() {
        // the format needs at least one clause, so such a draft cannot load; it still says what was found
        Draft draft = draft("服务人员应保持礼貌。不准吃拿卡要。");
        assertThat(draft.standard()).isEmpty();
        assertThat(draft.clauses()).isEmpty();
        assertThat(draft.unplaced()).hasSize(1);
        assertThat(draft.yaml()).contains("clauses: []\n").contains("#   - ¶1 line 1: “不准吃拿卡要。”\n");
    }
}
