package dev.servicestandards.internal.kinds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.servicestandards.api.Finding;
import dev.servicestandards.internal.report.Evidence;
import dev.servicestandards.internal.report.FindingTable;
import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.model.Outcome;

/**
 * KPIs: rules count each fact toward its group and period (1 or 0 for a rate, the value for a
 * mean); a population rule sums the counts of each group and period into a sample, which three
 * rules judge: insufficient below the minimum sample, else met or violated against the target.
 * Internal.
 */
enum KpiKind implements Kind<ClauseKind.Kpi> {
    INSTANCE;

    @Override
    public List<String> describe(ClauseKind.Kpi k) {
        List<String> out = new ArrayList<>();
        out.add("kpi: " + measure(k.measure()) + (k.among().isEmpty() ? "" : " among " + RuleSetDrl.describe(k.among()))
                + k.groupBy().map(g -> ", per " + g).orElse("") + k.period().map(p -> ", per " + p.name().toLowerCase(Locale.ROOT)).orElse(""));
        out.add("target: " + target(k) + ", in samples of at least " + Math.max(1, k.minSample()));
        return out;
    }

    private static String measure(ClauseKind.Measure m) {
        if (m instanceof ClauseKind.RateOfOutcome r) {
            return "rate of " + r.clause() + " " + r.outcome().label();
        }
        if (m instanceof ClauseKind.RateOfAttribute r) {
            return "rate of " + r.attribute() + " " + r.equalsValue();
        }
        if (m instanceof ClauseKind.PercentileOf p) {
            return "percentile " + Drl.plain(p.percentile()) + " of " + p.attribute();
        }
        return "mean of " + ((ClauseKind.AverageOf) m).attribute();
    }

    private static boolean rate(ClauseKind.Kpi k) {
        return k.measure() instanceof ClauseKind.RateOfOutcome || k.measure() instanceof ClauseKind.RateOfAttribute;
    }

    private static String target(ClauseKind.Kpi k) {
        BigDecimal t = k.atLeast().orElseGet(() -> k.atMost().get());
        String shown = rate(k) ? Drl.plain(t.movePointRight(2)) + "%" : Drl.plain(t);
        return (k.atLeast().isPresent() ? "at least " : "at most ") + shown;
    }

    @Override
    public void rules(Drl drl, RuleSetDrl.Context context, Clause clause, ClauseKind.Kpi k) {
        String id = Drl.string(clause.id());
        String zone = context.standard.timezone().getId();
        BigDecimal t = k.atLeast().orElseGet(() -> k.atMost().get());
        String targetText = (k.atLeast().isPresent() ? "at-least " : "at-most ") + Drl.plain(t);
        Optional<String> periodEvent = k.measure() instanceof ClauseKind.RateOfOutcome r
                ? context.standard.clause(r.clause()).map(Clause::kind).flatMap(c -> c instanceof ClauseKind.TimeLimit limit
                        ? Optional.of(limit.from()) : c instanceof ClauseKind.Repeat repeat ? repeat.datedBy() : Optional.empty())
                : Optional.empty();
        List<String> statement = new ArrayList<>();
        statement.add("insert( Kpi.clause( " + context.head(clause) + " )");
        statement.add("        .measure( " + Drl.string(measure(k.measure())) + " )");
        if (k.measure() instanceof ClauseKind.PercentileOf p) {
            statement.add("        .percentile( " + Drl.string(Drl.plain(p.percentile())) + " )");
        }
        k.groupBy().ifPresent(g -> statement.add("        .groupBy( " + Drl.string(g) + " )"));
        k.period().ifPresent(p -> statement.add("        .period( " + Drl.string(p.name().toLowerCase(Locale.ROOT)) + ", "
                + periodEvent.map(Drl::string).orElse("null") + " )"));
        statement.add("        .zone( " + Drl.string(zone) + " ).target( " + Drl.string(targetText) + " )");
        statement.add("        .build() );");
        drl.rule(clause.id() + ": the clause", List.of("not Kpi( id == " + id + " )"), statement);

        String group = k.groupBy().map(g -> " toward its " + g).orElse("") + k.period().map(p -> (k.groupBy().isPresent() ? " and " : " toward its ")
                + p.name().toLowerCase(Locale.ROOT)).orElse("");
        counts(drl, context, clause, k, group);

        drl.rule(clause.id() + ": the counts of each group and period make its sample", List.of("salience -100"), List.of(
                "$kpi : Kpi( id == " + id + " )",
                "accumulate( $count : KpiCount( kpi == " + id + " ); $counts : collectList( $count ) )",
                "$sample : KpiSample() from $kpi.samples( $counts )"),
                List.of("insertLogical( $sample );"));
        int minSample = Math.max(1, k.minSample());
        drl.rule(clause.id() + ": a sample of fewer than " + minSample + " facts is insufficient", List.of(
                "$sample : KpiSample( kpi == " + id + ", outcome == null, denominator < " + minSample + " )"),
                List.of("modify( $sample ) { setOutcome( Outcome.INSUFFICIENT ) }"));
        boolean atLeast = k.atLeast().isPresent();
        drl.rule(clause.id() + ": " + (atLeast ? "below " : "above ") + target(k).substring(atLeast ? 9 : 8) + " is violated", List.of(
                "$sample : KpiSample( kpi == " + id + ", outcome == null, denominator >= " + minSample + ", value "
                        + (atLeast ? "<" : ">") + " " + Drl.number(t) + " )"),
                List.of("modify( $sample ) { setOutcome( Outcome.VIOLATED ) }"));
        drl.rule(clause.id() + ": " + target(k) + " is met", List.of(
                "$sample : KpiSample( kpi == " + id + ", outcome == null, denominator >= " + minSample + ", value "
                        + (atLeast ? ">=" : "<=") + " " + Drl.number(t) + " )"),
                List.of("modify( $sample ) { setOutcome( Outcome.MET ) }"));
    }

    /** The rules that count each fact. */
    private static void counts(Drl drl, RuleSetDrl.Context context, Clause clause, ClauseKind.Kpi k, String group) {
        String id = Drl.string(clause.id());
        String kpi = "$kpi : Kpi( id == " + id + " )";
        if (k.measure() instanceof ClauseKind.RateOfOutcome r) {
            String ref = Drl.string(r.clause());
            boolean scanned = context.standard.clause(r.clause()).map(Clause::kind)
                    .filter(ClauseKind.ForbiddenPhrases.class::isInstance).isPresent();
            List<String> facts = context.constraints("fact.", clause.appliesTo(), k.among());
            String sel = facts.isEmpty() ? "" : ", " + String.join(", ", facts);
            if (scanned) {
                // a conversation's worst outcome: violated when any forbidden phrase was said, else met
                count(drl, clause.id() + ": a fact whose " + r.clause() + " scan is clean counts "
                        + (r.outcome() == Outcome.MET ? 1 : 0) + group, kpi,
                        "$scan : Scan( clause == " + ref + ", said.empty" + sel + " )", "$scan.getFact()",
                        r.outcome() == Outcome.MET);
                count(drl, clause.id() + ": a fact whose " + r.clause() + " scan found a phrase counts "
                        + (r.outcome() == Outcome.VIOLATED ? 1 : 0) + group, kpi,
                        "$scan : Scan( clause == " + ref + ", !said.empty" + sel + " )", "$scan.getFact()",
                        r.outcome() == Outcome.VIOLATED);
                return;
            }
            count(drl, clause.id() + ": a fact with " + r.clause() + " " + r.outcome().label() + " counts 1" + group, kpi,
                    "$finding : Finding( clause == " + ref + ", outcome == Outcome." + r.outcome().name() + sel + " )",
                    "$finding.getFact()", true);
            String others = r.outcome() == Outcome.PENDING ? "outcome != Outcome.PENDING"
                    : "outcome != Outcome." + r.outcome().name() + ", outcome != Outcome.PENDING";
            count(drl, clause.id() + ": a fact with " + r.clause() + " decided otherwise counts 0" + group, kpi,
                    "$finding : Finding( clause == " + ref + ", " + others + sel + " )", "$finding.getFact()", false);
        } else if (k.measure() instanceof ClauseKind.RateOfAttribute r) {
            String a = Drl.string(r.attribute());
            String v = Drl.string(r.equalsValue());
            count(drl, clause.id() + ": a fact with " + r.attribute() + " " + r.equalsValue() + " counts 1" + group, kpi,
                    context.fact(List.of("is( " + a + ", " + v + " )"), clause.appliesTo(), k.among()), "$fact", true);
            count(drl, clause.id() + ": a fact with another " + r.attribute() + " counts 0" + group, kpi,
                    context.fact(List.of("text( " + a + " ) != null", "!is( " + a + ", " + v + " )"), clause.appliesTo(), k.among()),
                    "$fact", false);
        } else {
            String attribute = k.measure() instanceof ClauseKind.PercentileOf p ? p.attribute()
                    : ((ClauseKind.AverageOf) k.measure()).attribute();
            String a = Drl.string(attribute);
            drl.rule(clause.id() + ": a fact with " + attribute + " counts its value" + group,
                    List.of(kpi, context.fact(List.of("number( " + a + " ) != null"), clause.appliesTo(), k.among()),
                            "$count : KpiCount() from $kpi.count( $fact, $fact.number( " + a + " ) )"),
                    List.of("insertLogical( $count );"));
        }
    }

    private static void count(Drl drl, String name, String kpi, String pattern, String fact, boolean one) {
        drl.rule(name, List.of(kpi, pattern,
                "$count : KpiCount() from $kpi.count( " + fact + ", java.math.BigDecimal." + (one ? "ONE" : "ZERO") + " )"),
                List.of("insertLogical( $count );"));
    }

    @Override
    public void record(ClauseKind.Kpi kind, dev.servicestandards.model.Finding finding, FindingTable.Origin origin,
            Finding.Charge charge, boolean mask, Evidence.Builder evidence, FindingTable.Builder table) {
        throw new IllegalStateException("a KPI judges populations, not facts: no finding of " + origin.clause());
    }

    @Override
    public Map<String, String> settings(ClauseKind.Kpi kpi) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kpi.measure", kpi.measure().toString());
        f.put("kpi.among", kpi.among().text());
        kpi.groupBy().ifPresent(g -> f.put("kpi.group-by", g));
        kpi.period().ifPresent(p -> f.put("kpi.period", p.name().toLowerCase(Locale.ROOT)));
        kpi.atLeast().ifPresent(v -> f.put("kpi.at-least", v.toPlainString()));
        kpi.atMost().ifPresent(v -> f.put("kpi.at-most", v.toPlainString()));
        f.put("kpi.min-sample", Integer.toString(kpi.minSample()));
        return f;
    }
}
