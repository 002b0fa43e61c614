package dev.servicestandards.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.FactBatch;
import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.Penalty;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.api.Revisions;
import dev.servicestandards.rules.api.RuleSet;

/** Clause-level diff and impact replay between two revisions. Internal. */
public final class RevisionDiff {

    private RevisionDiff() {
    }

    public static List<Revisions.Change> diff(Standard before, Standard after) {
        List<Revisions.Change> out = new ArrayList<>();
        compare("", document(before), document(after), out);
        Map<String, Clause> old = new LinkedHashMap<>();
        before.clauses().forEach(c -> old.put(c.id(), c));
        Map<String, Clause> now = new LinkedHashMap<>();
        after.clauses().forEach(c -> now.put(c.id(), c));
        for (Clause c : before.clauses()) {
            if (!now.containsKey(c.id())) {
                out.add(new Revisions.Change(Revisions.Change.Kind.REMOVED, c.id(), "", "", ""));
            }
        }
        for (Clause c : after.clauses()) {
            Clause was = old.get(c.id());
            if (was == null) {
                out.add(new Revisions.Change(Revisions.Change.Kind.ADDED, c.id(), "", "", ""));
            } else {
                compare(c.id(), fields(was), fields(c), out);
            }
        }
        return out;
    }

    private static void compare(String clause, Map<String, String> before, Map<String, String> after,
            List<Revisions.Change> out) {
        Map<String, String> keys = new LinkedHashMap<>();
        before.keySet().forEach(k -> keys.put(k, k));
        after.keySet().forEach(k -> keys.put(k, k));
        for (String field : keys.keySet()) {
            String a = before.getOrDefault(field, "(none)");
            String b = after.getOrDefault(field, "(none)");
            if (!a.equals(b)) {
                out.add(new Revisions.Change(Revisions.Change.Kind.CHANGED, clause, field, a, b));
            }
        }
    }

    private static Map<String, String> document(Standard s) {
        Map<String, String> f = new LinkedHashMap<>();
        s.title().ifPresent(t -> f.put("title", t));
        f.put("effective-from", s.effectiveFrom().toString());
        s.effectiveUntil().ifPresent(d -> f.put("effective-until", d.toString()));
        s.supersedes().ifPresent(v -> f.put("supersedes", v.toString()));
        f.put("timezone", s.timezone().getId());
        s.calendars().forEach((name, c) -> {
            String at = "calendars." + name;
            f.put(at + ".base", c.base().orElse("(none)"));
            f.put(at + ".hours", c.hours().isEmpty() ? "(whole day)" : dev.servicestandards.internal.time.BusinessCalendars.hours(c.hours()));
            c.weekdayHours().forEach((days, h) -> f.put(at + ".hours." + days, dev.servicestandards.internal.time.BusinessCalendars.hours(h)));
            c.specialHours().forEach((d, h) -> f.put(at + ".special-hours." + d, dev.servicestandards.internal.time.BusinessCalendars.hours(h)));
            c.closures().forEach((d, n) -> f.put(at + ".closures." + d, n));
            f.put(at + ".holidays", c.holidays().toString());
            f.put(at + ".workdays", c.workdays().toString());
            c.arrangements().forEach((year, a) -> f.put(at + ".arrangements." + year, a.notice() + " " + a.holidays().keySet()
                    + " " + a.workdays().keySet()));
        });
        s.scoring().ifPresent(sc -> {
            f.put("scoring.base", sc.base().toPlainString());
            f.put("scoring.group-by", sc.groupBy());
            sc.dimensions().forEach((d, w) -> f.put("scoring.dimensions." + d, w.toPlainString()));
            f.put("scoring.grades", sc.grades().stream().map(g -> g.grade() + g.atLeast().map(a -> " ≥ " + a.toPlainString())
                    .orElse("")).collect(Collectors.joining(", ")));
        });
        return f;
    }

    private static Map<String, String> fields(Clause c) {
        Map<String, String> f = new LinkedHashMap<>();
        c.title().ifPresent(t -> f.put("title", t));
        f.put("severity", c.severity().label());
        c.dimension().ifPresent(d -> f.put("dimension", d));
        f.put("applies-to", c.appliesTo().text());
        c.penalty().ifPresent(p -> penalty(p, f));
        ClauseKind k = c.kind();
        f.put("kind", k.key());
        f.putAll(settings(k));
        return f;
    }

    private static <K extends ClauseKind> Map<String, String> settings(K kind) {
        return dev.servicestandards.internal.kinds.Kind.of(kind).settings(kind);
    }

    private static void penalty(Penalty p, Map<String, String> f) {
        f.put("penalty.points", p.points().toPlainString());
        f.put("penalty.per", p.per().name().toLowerCase(java.util.Locale.ROOT));
        p.max().ifPresent(m -> f.put("penalty.max", m.toPlainString()));
        p.amount().ifPresent(a -> f.put("penalty.amount", a.toPlainString() + p.currency().map(c -> " " + c).orElse("")));
    }

    public static Revisions.Impact impact(RuleSet before, RuleSet after, FactBatch facts, Instant asOf) {
        Report old = before.evaluate(facts, asOf, EvaluationOptions.DEFAULT);
        Report now = after.evaluate(facts, asOf, EvaluationOptions.DEFAULT);
        Map<String, Finding> was = index(old);
        Map<String, Finding> is = index(now);
        Map<String, String> keys = new TreeMap<>();
        was.keySet().forEach(k -> keys.put(k, k));
        is.keySet().forEach(k -> keys.put(k, k));
        List<Revisions.FindingChange> changes = new ArrayList<>();
        Map<String, int[]> perClause = new TreeMap<>();
        for (String key : keys.keySet()) {
            Finding a = was.get(key);
            Finding b = is.get(key);
            Finding any = a != null ? a : b;
            int slot;
            if (a == null) {
                if (b.outcome() == Outcome.MET) {
                    continue; // a new clause that is met changes nothing a reader must act on
                }
                slot = 0;
            } else if (b == null) {
                slot = 1;
            } else if (a.outcome() != b.outcome() || !a.escalation().equals(b.escalation())
                    || !Objects.equals(points(a), points(b))
                    || a.outcome() == Outcome.PENDING && !a.deadline().equals(b.deadline())) {
                slot = 2;
            } else {
                continue;
            }
            perClause.computeIfAbsent(any.clause(), c -> new int[3])[slot]++;
            changes.add(new Revisions.FindingChange(any.fact(), any.clause(), any.position(), a, b));
        }
        return new Revisions.Impact(changes, perClause);
    }

    private static Optional<java.math.BigDecimal> points(Finding f) {
        return f.penalty().map(Finding.Charge::points).map(java.math.BigDecimal::stripTrailingZeros);
    }

    private static Map<String, Finding> index(Report report) {
        Map<String, Finding> out = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            out.put(f.fact() + '\u0000' + f.clause() + '\u0000' + String.format("%08d", f.position()), f);
        }
        return out;
    }
}
