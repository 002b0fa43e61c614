package dev.servicestandards.internal.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ScoreResult;

/** Writes the JSON report (docs/facts.md, "The JSON report") with a fixed field order. Internal. */
public final class JsonReportWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReportWriter() {
    }

    public static void write(Report report, boolean includeMet, Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeArrayFieldStart("standards");
        for (Report.StandardRef ref : report.standards()) {
            g.writeStartObject();
            g.writeStringField("standard", ref.standard());
            g.writeStringField("version", ref.version());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("asOf", ReportValues.instant(report.asOf(), report.zone()));
        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) {
            if (includeMet || f.outcome() != Outcome.MET) {
                finding(g, f, report);
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("kpis");
        for (KpiResult k : report.kpis()) {
            g.writeStartObject();
            g.writeStringField("standard", k.standard());
            g.writeStringField("version", k.version());
            g.writeStringField("clause", k.clause());
            g.writeStringField("group", k.group());
            g.writeStringField("period", k.period());
            g.writeStringField("outcome", k.outcome().label());
            if (k.value().isPresent()) {
                g.writeFieldName("value");
                g.writeNumber(ReportValues.number(ReportValues.rounded(k.value().get())));
            }
            g.writeFieldName("numerator");
            g.writeNumber(ReportValues.number(ReportValues.rounded(k.numerator())));
            g.writeNumberField("denominator", k.denominator());
            g.writeStringField("target", k.target());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("scores");
        for (ScoreResult score : report.scores()) {
            g.writeStartObject();
            g.writeStringField("standard", score.standard());
            g.writeStringField("version", score.version());
            g.writeStringField("group", score.group());
            g.writeFieldName("total");
            g.writeNumber(ReportValues.number(ReportValues.rounded(score.total())));
            if (score.grade().isPresent()) {
                g.writeStringField("grade", score.grade().get());
            }
            g.writeObjectFieldStart("dimensions");
            for (var d : score.dimensions().entrySet()) {
                g.writeFieldName(d.getKey());
                g.writeNumber(ReportValues.number(ReportValues.rounded(d.getValue())));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("points");
            for (var d : score.points().entrySet()) {
                g.writeFieldName(d.getKey());
                g.writeNumber(ReportValues.number(d.getValue()));
            }
            g.writeEndObject();
            g.writeNumberField("facts", score.facts());
            g.writeNumberField("violations", score.violations());
            g.writeEndObject();
        }
        g.writeEndArray();
        Report.Summary s = report.summary();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("facts", s.facts());
        g.writeNumberField("rejected", s.rejected());
        g.writeNumberField("met", s.met());
        g.writeNumberField("violated", s.violated());
        g.writeNumberField("pending", s.pending());
        if (s.unjudged() > 0) {
            g.writeNumberField("unjudged", s.unjudged());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("rejected");
        for (Rejection r : report.rejected()) {
            g.writeStartObject();
            if (r.line() > 0) {
                g.writeNumberField("line", r.line());
            }
            if (r.fact().isPresent()) {
                g.writeStringField("fact", r.fact().get());
            }
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!report.unjudged().isEmpty()) {
            g.writeArrayFieldStart("unjudged");
            for (dev.servicestandards.api.Unjudged u : report.unjudged()) {
                g.writeStartObject();
                if (u.line() > 0) {
                    g.writeNumberField("line", u.line());
                }
                g.writeStringField("fact", u.fact());
                g.writeStringField("standard", u.standard());
                g.writeStringField("version", u.version());
                g.writeStringField("clause", u.clause());
                g.writeStringField("reason", u.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.flush();
        out.write('\n');
        out.flush();
    }

    private static void finding(JsonGenerator g, Finding f, Report report) throws IOException {
        g.writeStartObject();
        g.writeStringField("standard", f.standard());
        g.writeStringField("version", f.version());
        g.writeStringField("clause", f.clause());
        g.writeStringField("fact", f.fact());
        g.writeStringField("outcome", f.outcome().label());
        g.writeStringField("severity", f.severity().label());
        if (f.deadline().isPresent()) {
            g.writeStringField("deadline", ReportValues.instant(f.deadline().get(), report.zone()));
        }
        if (f.measured().isPresent()) {
            g.writeStringField("measured", f.measured().get().toString());
        }
        if (f.limit().isPresent()) {
            g.writeStringField("limit", f.limit().get());
        }
        if (f.escalation().isPresent()) {
            g.writeStringField("escalation", f.escalation().get());
        }
        if (f.penalty().isPresent()) {
            Finding.Charge c = f.penalty().get();
            g.writeObjectFieldStart("penalty");
            g.writeFieldName("points");
            g.writeNumber(ReportValues.number(c.points()));
            if (c.amount().isPresent()) {
                g.writeFieldName("amount");
                g.writeNumber(ReportValues.number(c.amount().get()));
            }
            if (c.currency().isPresent()) {
                g.writeStringField("currency", c.currency().get());
            }
            g.writeEndObject();
        }
        g.writeFieldName("evidence");
        value(g, f.evidence());
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : new java.util.TreeMap<>(map).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof BigDecimal number) {
            g.writeNumber(ReportValues.number(number));
        } else if (value instanceof Integer || value instanceof Long) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }
}
