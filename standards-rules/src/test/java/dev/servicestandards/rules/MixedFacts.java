package dev.servicestandards.rules;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.SplittableRandom;

import dev.servicestandards.api.Report;
import dev.servicestandards.api.ReportFormat;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Standards;

/**
 * A standard with a clause of every kind, KPIs and scoring, and seeded JSON lines of tickets and
 * calls that breach it in many ways: for tests that compare two ways of evaluating.
 */
public final class MixedFacts {

    public static final Standard STANDARD = Standards.parse("""
            standard: cn.telecom.test-mixed
            version: 1.0.0
            effective-from: 2025-01-01
            timezone: Asia/Shanghai
            calendars:
              workdays: { base: cn-official, hours: "09:00-12:00,13:30-18:00" }
            clauses:
              - id: complaint.accept
                applies-to: { type: ticket, kind: complaint }
                dimension: responsiveness
                time-limit: { from: created, to: accepted, within: 48h, pause: { from: suspended, to: resumed } }
                escalation:
                  - { at: 75%, tier: reminder }
                  - { at: 100%, tier: station }
                  - { at: 100% + 24h, tier: branch }
                penalty: { points: 2 }
              - id: complaint.answer
                applies-to: { type: ticket }
                dimension: responsiveness
                time-limit: { from: created, to: answered, within: 3 working days, calendar: workdays }
                penalty: { points: 3 }
              - id: callbacks.max
                applies-to: { type: ticket }
                dimension: reliability
                limit: { attribute: callbacks, at-most: 2 }
                penalty: { points: 1 }
              - id: record.complete
                applies-to: { type: ticket, kind: [complaint, fault] }
                dimension: quality
                required-fields: [record, result]
                penalty: { points: 1, per: fact }
              - id: call.forbidden
                applies-to: { type: interaction }
                dimension: quality
                forbidden-phrases: { speaker: agent, phrases: [不知道, 你问我我问谁] }
                penalty: { points: 5, max: 8 }
              - id: call.greeting
                applies-to: { type: interaction }
                dimension: quality
                required-phrase: { speaker: agent, position: first, any-of: [您好] }
                penalty: { points: 2 }
              - id: kpi.answer-rate
                kpi:
                  rate-of: { clause: complaint.answer, outcome: met }
                  among: { type: ticket }
                  group-by: agent
                  period: month
                  at-least: 90%
              - id: kpi.satisfaction
                kpi: { average-of: { attribute: satisfaction }, group-by: agent, at-least: 4 }
            scoring:
              base: 100
              group-by: agent
              dimensions: { responsiveness: 40, quality: 40, reliability: 20 }
              grades: [ { at-least: 90, grade: 优秀 }, { at-least: 60, grade: 合格 }, { grade: 不合格 } ]
            """, "mixed.yaml");

    public static final Instant AS_OF = Instant.parse("2025-04-10T00:00:00Z");

    /** Callbacks, at and around the limit of 2, some equal in value but not in scale. */
    private static final String[] CALLBACKS = {"0", "1", "2", "3", "4", "2.0", "2.00", "2.5", "2.50", "1.99", "2.01"};

    private MixedFacts() {
    }

    /** Tickets and calls over a few chunks' worth of facts, some breaching, some malformed. */
    public static String facts(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder();
        String[] kinds = {"complaint", "fault", "enquiry"};
        String[] says = {"您好,请问有什么可以帮您", "我不知道", "你问我我问谁?", "喂", "再见"};
        for (int i = 0; i < count; i++) {
            String agent = "A" + random.nextInt(7);
            if (random.nextInt(200) == 0) {
                out.append("{\"type\":\"ticket\",\"id\":\n");
                continue;
            }
            if (random.nextInt(4) == 0) {
                out.append("{\"type\":\"interaction\",\"id\":\"C").append(i).append("\",\"agent\":\"").append(agent)
                        .append("\",\"utterances\":[");
                for (int u = random.nextInt(1, 4); u > 0; u--) {
                    out.append("{\"speaker\":\"").append(random.nextBoolean() ? "agent" : "customer")
                            .append("\",\"text\":\"").append(says[random.nextInt(says.length)]).append("\"}")
                            .append(u > 1 ? "," : "");
                }
                out.append("]}\n");
                continue;
            }
            long created = Instant.parse("2025-03-01T00:00:00Z").getEpochSecond() + random.nextLong(35L * 86_400);
            out.append("{\"type\":\"ticket\",\"id\":\"T").append(i).append("\",\"agent\":\"").append(agent)
                    .append("\",\"kind\":\"").append(kinds[random.nextInt(kinds.length)]).append('"');
            if (random.nextBoolean()) {
                out.append(",\"record\":\"r\"");
            }
            if (random.nextInt(3) > 0) {
                out.append(",\"result\":\"").append(random.nextBoolean() ? "ok" : " ").append('"');
            }
            out.append(",\"events\":[").append(event("created", created));
            long at = created;
            for (String name : new String[] {"accepted", "suspended", "resumed", "answered"}) {
                at += random.nextLong(60 * 3600);
                if (random.nextInt(3) > 0) {
                    out.append(',').append(event(name, at));
                }
            }
            out.append("],\"attributes\":{\"callbacks\":").append(CALLBACKS[random.nextInt(CALLBACKS.length)])
                    .append(",\"satisfaction\":").append(random.nextInt(1, 6)).append("}}\n");
        }
        return out.toString();
    }

    private static String event(String name, long epochSecond) {
        return "{\"name\":\"" + name + "\",\"at\":\"" + Instant.ofEpochSecond(epochSecond) + "\"}";
    }

    public static String json(Report report) {
        StringWriter out = new StringWriter();
        try {
            ReportFormat.JSON.write(report, true, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
