package dev.servicestandards.draft.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.servicestandards.model.TimeAllowance;
import dev.servicestandards.draft.api.Confidence;
import dev.servicestandards.draft.api.SourceQuote;
import dev.servicestandards.draft.api.Unplaced;

/**
 * Writes a draft as Standard Format YAML. Every text from the document is written as a double-quoted scalar
 * with escapes, or inside a comment on one line, so nothing in a document can change the YAML's structure.
 */
final class YamlWriter {

    /** The document fields of the draft. */
    record Head(String document, String id, String version, String title, String effectiveFrom,
            String effectiveFromNote, String timezone, int sentences) {
    }

    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null", "~");

    private final StringBuilder out = new StringBuilder();

    static String write(Head head, List<ClauseDraft> clauses, Extraction.ScoringFound scoring, List<Unplaced> unplaced) {
        return new YamlWriter().document(head, clauses, scoring, unplaced);
    }

    private String document(Head head, List<ClauseDraft> clauses, Extraction.ScoringFound scoring, List<Unplaced> unplaced) {
        long high = clauses.stream().filter(c -> c.confidence == Confidence.HIGH).count();
        long medium = clauses.stream().filter(c -> c.confidence == Confidence.MEDIUM).count();
        long low = clauses.stream().filter(c -> c.confidence == Confidence.LOW).count();
        comment("", "Draft standard made by `standards draft` from " + head.document() + ": review every clause before adopting it.");
        comment("", head.sentences() + " sentences read; " + clauses.size() + " clauses drafted (" + high + " high, " + medium
                + " medium, " + low + " low confidence); " + unplaced.size() + " requirements unplaced (listed at the end).");
        comment("", "Above each clause: where its sentence starts (¶paragraph line N), how sure the drafter is, and the sentence.");
        comment("", "high: every value is in the sentence; medium: a value was assumed (see the note); low: a name was made up, or the sentence is an example.");
        line("standard: " + scalar(head.id()));
        line("version: " + scalar(head.version()));
        line("title: " + scalar(head.title()));
        line("effective-from: " + head.effectiveFrom() + (head.effectiveFromNote() == null ? "" : "   # " + Text.oneLine(head.effectiveFromNote())));
        line("timezone: " + scalar(head.timezone()));
        if (clauses.stream().anyMatch(c -> c.within != null && !(c.within instanceof TimeAllowance.Time))) {
            out.append('\n');
            line("calendars:");
            line("  cn-workdays:");
            line("    base: cn-official   # official PRC holidays and make-up working days (调休)");
        }
        out.append('\n');
        if (clauses.isEmpty()) {
            comment("", "No requirement could be drafted as a clause: the format needs at least one, so this draft does not load.");
            comment("", "The requirements the document states are listed as unplaced below.");
            line("clauses: []");
        } else {
            line("clauses:");
        }
        for (ClauseDraft c : clauses) {
            clause(c);
        }
        if (!scoring.weights.isEmpty()) {
            out.append('\n');
            for (SourceQuote q : scoring.sources) {
                comment("", q.position() + ": “" + Text.oneLine(q.text()) + "”");
            }
            line("scoring:");
            line("  base: " + number(scoring.base));
            line("  group-by: " + scalar(scoring.groupBy));
            StringBuilder dims = new StringBuilder("  dimensions: { ");
            boolean first = true;
            for (Map.Entry<String, BigDecimal> e : scoring.weights.entrySet()) {
                dims.append(first ? "" : ", ").append(scalar(e.getKey())).append(": ").append(number(e.getValue()));
                first = false;
            }
            line(dims.append(" }").toString());
            if (!scoring.grades.isEmpty()) {
                line("  grades:");
                for (Object[] g : scoring.grades) {
                    line("    - { " + (g[0] == null ? "" : "at-least: " + number((BigDecimal) g[0]) + ", ") + "grade: "
                            + scalar((String) g[1]) + " }");
                }
            }
        }
        out.append('\n');
        if (unplaced.isEmpty()) {
            comment("", "unplaced: none");
        } else {
            comment("", "unplaced:");
            for (Unplaced u : unplaced) {
                comment("", "  - " + u.source().position() + ": “" + Text.oneLine(u.source().text()) + "”");
                comment("", "    why: " + Text.oneLine(u.reason()));
            }
        }
        return out.toString();
    }

    private void clause(ClauseDraft c) {
        out.append('\n');
        SourceQuote first = c.sources.get(0);
        comment("  ", first.position() + " · confidence: " + c.confidence.label());
        comment("  ", "“" + Text.oneLine(first.text()) + "”");
        for (SourceQuote more : c.sources.subList(1, c.sources.size())) {
            comment("  ", "also " + more.position() + ": “" + Text.oneLine(more.text()) + "”");
        }
        for (String note : c.notes) {
            comment("  ", "note: " + note);
        }
        line("  - id: " + scalar(c.id));
        if (c.title != null && !c.title.isBlank()) {
            line("    title: " + scalar(c.title));
        }
        if (!c.appliesTo.isEmpty()) {
            line("    applies-to: " + flow(c.appliesTo));
        }
        if (c.dimension != null) {
            line("    dimension: " + scalar(c.dimension));
        }
        switch (c.kind) {
            case "time-limit" -> {
                line("    time-limit:");
                line("      from: " + scalar(c.from));
                line("      to: " + scalar(c.to));
                line("      within: " + scalar(c.within.toString()));
                if (!(c.within instanceof TimeAllowance.Time)) {
                    line("      calendar: cn-workdays");
                }
                if (c.pause) {
                    line("      pause: { from: suspended, to: resumed }");
                }
                if (!c.tiers.isEmpty()) {
                    line("    escalation:");
                    for (ClauseDraft.Tier t : c.tiers) {
                        line("      - { at: " + scalar(t.at()) + ", tier: " + scalar(t.tier()) + " }");
                    }
                }
            }
            case "forbidden-phrases" -> {
                line("    forbidden-phrases:");
                line("      speaker: agent");
                line("      phrases:");
                for (String p : c.phrases) {
                    line("        - " + scalar(p));
                }
            }
            case "required-phrase" -> line("    required-phrase: { speaker: agent, position: " + c.position + ", any-of: "
                    + list(c.phrases) + " }");
            case "limit" -> line("    limit: { attribute: " + scalar(c.attribute) + ", " + c.bound + ": " + number(c.value) + " }");
            case "required-fields" -> line("    required-fields: " + list(c.fields));
            case "kpi" -> {
                line("    kpi:");
                switch (c.measure) {
                    case "clause" -> line("      rate-of: { clause: " + scalar(c.measureRef) + ", outcome: met }");
                    case "average" -> line("      average-of: { attribute: " + scalar(c.measureRef) + " }");
                    default -> line("      rate-of: { attribute: " + scalar(c.measureRef) + ", equals: "
                            + (c.measureEquals.equals("true") ? "true" : scalar(c.measureEquals)) + " }");
                }
                if (!c.among.isEmpty()) {
                    line("      among: " + flow(c.among));
                }
                if (c.groupBy != null) {
                    line("      group-by: " + scalar(c.groupBy));
                }
                if (c.period != null) {
                    line("      period: " + c.period);
                }
                line("      " + c.bound + ": " + scalar(c.target));
            }
            default -> throw new IllegalStateException("unknown kind " + c.kind);
        }
        if (c.penalty != null) {
            ClauseDraft.Penalty p = c.penalty;
            StringBuilder b = new StringBuilder("    penalty: { points: ").append(number(p.points));
            if (p.per != null) {
                b.append(", per: ").append(p.per);
            }
            if (p.max != null) {
                b.append(", max: ").append(number(p.max));
            }
            if (p.amount != null) {
                b.append(", amount: ").append(number(p.amount)).append(", currency: CNY");
            }
            line(b.append(" }").toString());
        }
    }

    private void comment(String indent, String text) {
        String lead = text.substring(0, text.length() - text.stripLeading().length());
        out.append(indent).append("# ").append(lead).append(Text.oneLine(text)).append('\n');
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String flow(Map<String, List<String>> map) {
        StringBuilder b = new StringBuilder("{ ");
        boolean first = true;
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            b.append(first ? "" : ", ").append(scalar(e.getKey())).append(": ")
                    .append(e.getValue().size() == 1 ? scalar(e.getValue().get(0)) : list(e.getValue()));
            first = false;
        }
        return b.append(" }").toString();
    }

    private static String list(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(scalar(items.get(i)));
        }
        return b.append(']').toString();
    }

    private static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** A plain scalar when it is a simple name; otherwise double-quoted with every special character escaped. */
    static String scalar(String s) {
        if (s.matches("[A-Za-z0-9][A-Za-z0-9_./-]*") && !RESERVED.contains(s.toLowerCase(java.util.Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85 || c == 0xFEFF) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }
}
