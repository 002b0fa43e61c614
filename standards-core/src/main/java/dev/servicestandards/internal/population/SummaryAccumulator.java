package dev.servicestandards.internal.population;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.api.QualitySummary;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.ScoreResult;
import dev.servicestandards.api.Standard;
import dev.servicestandards.internal.report.ReportValues;

/**
 * Builds a {@link QualitySummary} from a report and the facts it judged. The report's findings
 * are taken apart by fact first (their outcomes, clauses and charges, compactly); each fact then
 * adds its findings to its group and period, and feeds every KPI and score of the revision that
 * judged it, regrouped. Not thread-safe. Internal: use {@link QualitySummary}.
 */
public final class SummaryAccumulator {

    /** One finding of a fact, as the summary needs it. */
    private record Judgement(Revision revision, int clause, Outcome outcome, BigDecimal points) {
    }

    /** A revision with its regrouped KPIs and score. */
    private static final class Revision {
        final Standard standard;
        final Map<String, Integer> clauses = new HashMap<>();
        final List<KpiAccumulator> kpis = new ArrayList<>();
        /** For each KPI, the index of the clause whose outcomes it counts, or -1. */
        final List<Integer> kpiReferences = new ArrayList<>();
        final Optional<ScoreAccumulator> score;

        Revision(Standard standard, QualitySummary.Spec spec) {
            this.standard = standard;
            for (int c = 0; c < standard.clauses().size(); c++) {
                clauses.put(standard.clauses().get(c).id(), c);
            }
            for (Clause clause : standard.clauses()) {
                if (clause.kind() instanceof ClauseKind.Kpi kpi) {
                    // periods of a rate-of-clause KPI start where the referenced clause's clock does, as in the report
                    Optional<String> startEvent = Optional.empty();
                    int reference = -1;
                    if (kpi.measure() instanceof ClauseKind.RateOfOutcome rate) {
                        reference = clauses.getOrDefault(rate.clause(), -1);
                        startEvent = standard.clause(rate.clause()).map(Clause::kind)
                                .filter(ClauseKind.TimeLimit.class::isInstance)
                                .map(k -> ((ClauseKind.TimeLimit) k).from());
                    }
                    kpis.add(new KpiAccumulator(clause, standard.timezone(), startEvent, Optional.of(spec.groupBy()),
                            Optional.of(spec.period())));
                    kpiReferences.add(reference);
                }
            }
            score = standard.scoring().map(s -> new ScoreAccumulator(standard.id(), standard.version().toString(), s));
        }
    }

    /** What the facts of one group and period found. */
    private static final class Counts {
        long facts;
        long met;
        long violated;
        long pending;
        final Map<List<String>, Long> violations = new HashMap<>();
    }

    private record RowKey(String period, String group) implements Comparable<RowKey> {
        @Override
        public int compareTo(RowKey o) {
            int c = period.compareTo(o.period);
            return c != 0 ? c : group.compareTo(o.group);
        }
    }

    /** Separates group and period inside a score group; neither a field value nor a label has it. */
    private static final char SEPARATOR = '\u0000';

    private final QualitySummary.Spec spec;
    private final ZoneId zone;
    private final Instant asOf;
    private final Map<String, Revision> revisions = new LinkedHashMap<>();
    private final Map<String, List<Revision>> byId = new LinkedHashMap<>();
    private final Map<String, List<Judgement>> findings = new HashMap<>();
    private final Map<RowKey, Counts> rows = new TreeMap<>();

    public SummaryAccumulator(QualitySummary.Spec spec, List<Standard> standards, Report report) {
        this.spec = spec;
        this.zone = report.zone();
        this.asOf = report.asOf();
        for (Standard standard : standards) {
            Revision revision = new Revision(standard, spec);
            revisions.put(standard.id() + "@" + standard.version(), revision);
            byId.computeIfAbsent(standard.id(), id -> new ArrayList<>()).add(revision);
        }
        long met = 0;
        for (Finding f : report.findings()) {
            Revision revision = revisions.get(f.standard() + "@" + f.version());
            if (revision == null) {
                throw new IllegalArgumentException("the report names " + f.standard() + " " + f.version()
                        + ", which is not among the standards given");
            }
            Integer clause = revision.clauses.get(f.clause());
            if (clause == null) {
                throw new IllegalArgumentException("the report names clause " + f.clause() + ", which "
                        + f.standard() + " " + f.version() + " does not have");
            }
            met += f.outcome() == Outcome.MET ? 1 : 0;
            BigDecimal points = f.penalty().map(Finding.Charge::points).orElse(BigDecimal.ZERO);
            findings.computeIfAbsent(f.fact(), id -> new ArrayList<>(4))
                    .add(new Judgement(revision, clause, f.outcome(), points));
        }
        if (met < report.summary().met()) {
            throw new IllegalArgumentException("a quality summary needs a report that keeps its met findings"
                    + " (EvaluationOptions.withKeepMet(true))");
        }
    }

    public void add(Fact fact) {
        Instant anchor = anchor(fact);
        String group = fact.field(spec.groupBy()).map(String::valueOf).orElse("(none)");
        String period = KpiAccumulator.label(spec.period(), anchor.atZone(zone).toLocalDate());
        Counts counts = rows.computeIfAbsent(new RowKey(period, group), k -> new Counts());
        counts.facts++;
        List<Judgement> judged = findings.getOrDefault(fact.id(), List.of());
        for (Judgement j : judged) {
            switch (j.outcome()) {
                case MET -> counts.met++;
                case VIOLATED -> {
                    counts.violated++;
                    counts.violations.merge(List.of(j.revision().standard.id(), j.revision().standard.version().toString(),
                            j.revision().standard.clauses().get(j.clause()).id()), 1L, Long::sum);
                }
                case PENDING -> counts.pending++;
                default -> { }
            }
        }
        String scoreGroup = group + SEPARATOR + period;
        for (List<Revision> candidates : byId.values()) {
            Revision revision = revisionOf(fact, anchor, candidates, judged);
            if (revision == null) {
                continue;
            }
            for (int k = 0; k < revision.kpis.size(); k++) {
                int reference = revision.kpiReferences.get(k);
                revision.kpis.get(k).add(fact, reference < 0 ? Optional.empty() : outcome(judged, revision, reference));
            }
            if (revision.score.isPresent()) {
                ScoreAccumulator score = revision.score.get();
                score.fact(scoreGroup);
                for (Judgement j : judged) {
                    if (j.revision() == revision && j.outcome() == Outcome.VIOLATED) {
                        score.violation(scoreGroup);
                        revision.standard.clauses().get(j.clause()).dimension()
                                .ifPresent(d -> score.points(scoreGroup, d, j.points()));
                    }
                }
            }
        }
    }

    /** The earliest event, or as-of for a fact without events (as catalogs anchor facts). */
    private Instant anchor(Fact fact) {
        Instant first = null;
        for (Event e : fact.events()) {
            if (first == null || e.at().isBefore(first)) {
                first = e.at();
            }
        }
        return first == null ? asOf : first;
    }

    /**
     * The revision of one standard id that judged {@code fact}: the one its findings name, else
     * the one in force at its anchor time, else the only one given.
     */
    private static Revision revisionOf(Fact fact, Instant anchor, List<Revision> candidates, List<Judgement> judged) {
        for (Judgement j : judged) {
            if (candidates.contains(j.revision())) {
                return j.revision();
            }
        }
        for (Revision r : candidates) {
            LocalDate day = anchor.atZone(r.standard.timezone()).toLocalDate();
            if (!day.isBefore(r.standard.effectiveFrom())
                    && r.standard.effectiveUntil().map(day::isBefore).orElse(true)) {
                return r;
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    /** The worst outcome of the fact's findings of one clause (as the report's KPIs count them). */
    private static Optional<Outcome> outcome(List<Judgement> judged, Revision revision, int clause) {
        Outcome worst = null;
        for (Judgement j : judged) {
            if (j.revision() == revision && j.clause() == clause) {
                Outcome o = j.outcome();
                worst = worst == null ? o
                        : worst == Outcome.VIOLATED || o == Outcome.VIOLATED ? Outcome.VIOLATED
                        : worst == Outcome.PENDING || o == Outcome.PENDING ? Outcome.PENDING : worst;
            }
        }
        return Optional.ofNullable(worst);
    }

    public QualitySummary build() {
        Map<RowKey, List<KpiResult>> kpis = new TreeMap<>();
        Map<RowKey, List<ScoreResult>> scores = new TreeMap<>();
        for (Revision revision : revisions.values()) {
            Standard s = revision.standard;
            for (KpiAccumulator accumulator : revision.kpis) {
                ClauseKind.Kpi kpi = (ClauseKind.Kpi) accumulator.clause().kind();
                String target = kpi.atLeast().map(t -> "at-least " + ReportValues.number(t))
                        .orElseGet(() -> "at-most " + ReportValues.number(kpi.atMost().get()));
                for (KpiAccumulator.Sample sample : accumulator.samples()) {
                    kpis.computeIfAbsent(new RowKey(sample.period(), sample.group()), k -> new ArrayList<>())
                            .add(new KpiResult(s.id(), s.version().toString(), accumulator.clause().id(), sample.group(),
                                    sample.period(), judge(kpi, sample), sample.value(), sample.numerator(),
                                    sample.denominator(), target));
                }
            }
            revision.score.ifPresent(score -> score.scores().forEach(r -> {
                int at = r.group().indexOf(SEPARATOR);
                String group = r.group().substring(0, at);
                String period = r.group().substring(at + 1);
                scores.computeIfAbsent(new RowKey(period, group), k -> new ArrayList<>())
                        .add(new ScoreResult(r.standard(), r.version(), group, r.total(), r.grade(), r.dimensions(),
                                r.points(), r.facts(), r.violations()));
            }));
        }
        TreeMap<RowKey, QualitySummary.Row> out = new TreeMap<>();
        List<RowKey> keys = new ArrayList<>(rows.keySet());
        keys.addAll(kpis.keySet());
        keys.addAll(scores.keySet());
        keys.sort(Comparator.naturalOrder());
        for (RowKey key : keys) {
            if (out.containsKey(key)) {
                continue;
            }
            Counts counts = rows.getOrDefault(key, new Counts());
            List<QualitySummary.ClauseCount> top = counts.violations.entrySet().stream()
                    .sorted(Map.Entry.<List<String>, Long>comparingByValue().reversed()
                            .thenComparing(e -> e.getKey().get(2)).thenComparing(e -> e.getKey().get(0))
                            .thenComparing(e -> e.getKey().get(1)))
                    .limit(spec.top())
                    .map(e -> new QualitySummary.ClauseCount(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2),
                            e.getValue()))
                    .toList();
            List<KpiResult> rowKpis = kpis.getOrDefault(key, List.of()).stream().sorted(KpiResult.REPORT_ORDER).toList();
            List<ScoreResult> rowScores = scores.getOrDefault(key, List.of()).stream()
                    .sorted(Comparator.comparing(ScoreResult::standard).thenComparing(ScoreResult::version)).toList();
            out.put(key, new QualitySummary.Row(key.group(), key.period(), counts.facts, counts.met, counts.violated,
                    counts.pending, rowKpis, rowScores, top, Optional.empty()));
        }
        List<QualitySummary.Row> result = new ArrayList<>(out.size());
        for (QualitySummary.Row row : out.values()) {
            String previous = previousPeriod(spec.period(), row.period());
            QualitySummary.Row before = out.get(new RowKey(previous, row.group()));
            result.add(before == null ? row : new QualitySummary.Row(row.group(), row.period(), row.facts(), row.met(),
                    row.violated(), row.pending(), row.kpis(), row.scores(), row.topViolations(),
                    Optional.of(change(previous, row, before))));
        }
        return new QualitySummary(spec, result);
    }

    /** Insufficient below min-sample, violated beyond the target, else met: as the KPI rules judge. */
    static Outcome judge(ClauseKind.Kpi kpi, KpiAccumulator.Sample sample) {
        if (sample.denominator() < kpi.minSample() || sample.value().isEmpty()) {
            return Outcome.INSUFFICIENT;
        }
        BigDecimal value = sample.value().get();
        boolean beyond = kpi.atLeast().map(t -> value.compareTo(t) < 0)
                .orElseGet(() -> value.compareTo(kpi.atMost().get()) > 0);
        return beyond ? Outcome.VIOLATED : Outcome.MET;
    }

    private static QualitySummary.Change change(String previous, QualitySummary.Row now, QualitySummary.Row before) {
        List<QualitySummary.KpiChange> kpis = new ArrayList<>();
        for (KpiResult k : now.kpis()) {
            before.kpis().stream()
                    .filter(b -> b.standard().equals(k.standard()) && b.clause().equals(k.clause()))
                    .findFirst()
                    .filter(b -> b.value().isPresent() && k.value().isPresent())
                    .ifPresent(b -> kpis.add(new QualitySummary.KpiChange(k.standard(), k.clause(),
                            k.value().get().subtract(b.value().get()))));
        }
        List<QualitySummary.ScoreChange> scores = new ArrayList<>();
        for (ScoreResult s : now.scores()) {
            before.scores().stream().filter(b -> b.standard().equals(s.standard())).findFirst()
                    .ifPresent(b -> scores.add(new QualitySummary.ScoreChange(s.standard(), s.total().subtract(b.total()))));
        }
        return new QualitySummary.Change(previous, now.facts() - before.facts(), now.violated() - before.violated(),
                kpis, scores);
    }

    /** The label of the period before the one labelled {@code label}. */
    public static String previousPeriod(ClauseKind.Period period, String label) {
        LocalDate first = switch (period) {
            case DAY -> LocalDate.parse(label).minusDays(1);
            case WEEK -> LocalDate.of(Integer.parseInt(label.substring(0, 4)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(label.substring(label.indexOf('W') + 1)))
                    .with(DayOfWeek.MONDAY).minusWeeks(1);
            case MONTH -> YearMonth.parse(label).minusMonths(1).atDay(1);
            case QUARTER -> LocalDate.of(Integer.parseInt(label.substring(0, 4)),
                    3 * (label.charAt(label.length() - 1) - '1') + 1, 1).minusMonths(3);
            case YEAR -> LocalDate.of(Integer.parseInt(label), 1, 1).minusYears(1);
        };
        return KpiAccumulator.label(period, first);
    }
}
