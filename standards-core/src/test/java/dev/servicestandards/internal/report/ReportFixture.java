package dev.servicestandards.internal.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.QualitySummary;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportOptions;
import dev.servicestandards.api.ScoreResult;
import dev.servicestandards.model.Severity;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;

/**
 * A small standard, three tickets and the report the rules make of them at 2025-03-10 00:00 in
 * Shanghai, written out by hand (core has no rules engine), for the report writers' tests.
 *
 * <ul>
 * <li>T1 (BJ-01, agent A1, February): accepted after 24 h (met), 1 callback (met).
 * <li>T2 (BJ-01, A1, March): accepted after 48 h 45 min (violated at tier 班组: 2 points and
 *     CNY 200), 5 callbacks (violated: 1 point).
 * <li>T3 (SH-03, A2, March): created 14 h before as-of, not accepted (pending); no callbacks.
 * </ul>
 */
final class ReportFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant AS_OF = Instant.parse("2025-03-09T16:00:00Z");

    static final Standard STANDARD = Standards.parse("""
            standard: cn.test.report
            version: 1.0.0
            title: 测试投诉标准
            effective-from: 2025-01-01
            timezone: Asia/Shanghai
            clauses:
              - id: accept
                title: 48小时内受理
                dimension: speed
                time-limit: { from: created, to: accepted, within: 48h }
                escalation: [ { at: 100%, tier: 班组 } ]
                penalty: { points: 2, amount: 200, currency: CNY }
              - id: callbacks
                title: 回访不超过3次
                dimension: quality
                limit: { attribute: callbacks, at-most: 3 }
                penalty: { points: 1 }
              - id: kpi.accept-rate
                title: 按时受理率
                kpi: { rate-of: { clause: accept, outcome: met }, group-by: site, period: month, at-least: 90% }
            scoring:
              base: 100
              group-by: agent
              dimensions: { speed: 60, quality: 40 }
              grades: [ { at-least: 90, grade: 优秀 }, { grade: 待改进 } ]
            """, "report.yaml");

    static final List<Fact> FACTS = List.of(
            fact("T1", "BJ-01", "A1", 1, "2025-02-10T09:00:00+08:00", "2025-02-11T09:00:00+08:00"),
            fact("T2", "BJ-01", "A1", 5, "2025-03-03T09:15:00+08:00", "2025-03-05T10:00:00+08:00"),
            fact("T3", "SH-03", "A2", null, "2025-03-09T10:00:00+08:00", null));

    private ReportFixture() {
    }

    private static Fact fact(String id, String site, String agent, Integer callbacks, String created, String accepted) {
        List<Event> events = accepted == null ? List.of(new Event("created", java.time.OffsetDateTime.parse(created).toInstant()))
                : List.of(new Event("created", java.time.OffsetDateTime.parse(created).toInstant()),
                        new Event("accepted", java.time.OffsetDateTime.parse(accepted).toInstant()));
        Map<String, Object> attributes = callbacks == null ? Map.of() : Map.of("callbacks", new BigDecimal(callbacks));
        return new Fact("ticket", id, Map.of("site", site, "agent", agent), attributes, events, List.of());
    }

    static Report report() {
        return report(List.of(new Rejection(4, "not valid JSON: Unrecognized token 'oops' at column 1")));
    }

    static Report report(List<Rejection> rejected) {
        Finding.Charge late = new Finding.Charge(new BigDecimal("2"), Optional.of(new BigDecimal("200")), Optional.of("CNY"));
        Finding.Charge callbacks = new Finding.Charge(BigDecimal.ONE, Optional.empty(), Optional.empty());
        List<Finding> findings = List.of(
                finding("T1", "accept", Outcome.MET, "2025-02-12T01:00:00Z", Duration.ofHours(24), "PT48H", null, null, Map.of()),
                finding("T1", "callbacks", Outcome.MET, null, null, "at-most 3", null, null,
                        Map.of("attribute", "callbacks", "value", BigDecimal.ONE)),
                finding("T2", "accept", Outcome.VIOLATED, "2025-03-05T01:15:00Z", Duration.parse("PT48H45M"), "PT48H", "班组",
                        late, Map.of()),
                finding("T2", "callbacks", Outcome.VIOLATED, null, null, "at-most 3", null, callbacks,
                        Map.of("attribute", "callbacks", "value", new BigDecimal("5"))),
                finding("T3", "accept", Outcome.PENDING, "2025-03-11T02:00:00Z", Duration.ofHours(14), "PT48H", null, null,
                        Map.of()));
        List<KpiResult> kpis = List.of(
                new KpiResult("cn.test.report", "1.0.0", "kpi.accept-rate", "BJ-01", "2025-02", Outcome.MET,
                        Optional.of(BigDecimal.ONE), BigDecimal.ONE, 1, "at-least 0.9"),
                new KpiResult("cn.test.report", "1.0.0", "kpi.accept-rate", "BJ-01", "2025-03", Outcome.VIOLATED,
                        Optional.of(BigDecimal.ZERO), BigDecimal.ZERO, 1, "at-least 0.9"));
        List<ScoreResult> scores = List.of(
                new ScoreResult("cn.test.report", "1.0.0", "A1", new BigDecimal("97"), Optional.of("优秀"),
                        ordered("speed", "58", "quality", "39"), ordered("speed", "2", "quality", "1"), 2, 2),
                new ScoreResult("cn.test.report", "1.0.0", "A2", new BigDecimal("100"), Optional.of("优秀"),
                        ordered("speed", "60", "quality", "40"), ordered("speed", "0", "quality", "0"), 1, 0));
        return new Report(List.of(new Report.StandardRef("cn.test.report", "1.0.0")), AS_OF, SHANGHAI, findings, kpis,
                scores, new Report.Summary(3, rejected.size(), 2, 2, 1), rejected);
    }

    private static Map<String, BigDecimal> ordered(String k1, String v1, String k2, String v2) {
        Map<String, BigDecimal> map = new java.util.LinkedHashMap<>();
        map.put(k1, new BigDecimal(v1));
        map.put(k2, new BigDecimal(v2));
        return map;
    }

    private static Finding finding(String fact, String clause, Outcome outcome, String deadline, Duration measured,
            String limit, String tier, Finding.Charge charge, Map<String, Object> evidence) {
        return new Finding("cn.test.report", "1.0.0", clause, fact, outcome, Severity.MAJOR,
                Optional.ofNullable(deadline).map(Instant::parse), Optional.ofNullable(measured), Optional.ofNullable(limit),
                Optional.ofNullable(tier), Optional.ofNullable(charge), evidence, 0);
    }

    /** The monthly summary by site of the fixture. */
    static QualitySummary summary() {
        return QualitySummary.of(QualitySummary.Spec.of("site", ClauseKind.Period.MONTH), List.of(STANDARD), report(), FACTS);
    }

    static ReportOptions options(java.util.Locale locale) {
        return ReportOptions.of(locale).withIncludeMet(false).withStandards(List.of(STANDARD)).withSummary(summary());
    }
}
