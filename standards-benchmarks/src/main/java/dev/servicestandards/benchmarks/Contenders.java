package dev.servicestandards.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

import dev.servicestandards.api.Report;
import dev.servicestandards.benchmarks.HandWrittenSla.Outcomes;
import dev.servicestandards.benchmarks.HandWrittenSla.Result;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.Finding;

/**
 * What the contenders of the batch benchmark share: running one on slices of the facts, and
 * checking that two of them found the same thing, finding by finding (fact, clause, outcome,
 * deadline, highest tier reached, points), not only in counts.
 */
final class Contenders {

    private Contenders() {
    }

    /**
     * {@code judge} on {@code threads} contiguous slices of {@code facts}, on {@code pool}, merged in
     * input order; on the caller's thread when {@code threads} is 1.
     */
    static Outcomes sliced(List<Fact> facts, ExecutorService pool, int threads, Function<List<Fact>, Outcomes> judge)
            throws ExecutionException, InterruptedException {
        if (threads == 1) {
            return judge.apply(facts);
        }
        List<Future<Outcomes>> slices = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Fact> slice = facts.subList(facts.size() * t / threads, facts.size() * (t + 1) / threads);
            slices.add(pool.submit(() -> judge.apply(slice)));
        }
        Outcomes out = null;
        for (Future<Outcomes> slice : slices) {
            Outcomes o = slice.get();
            if (out == null) {
                out = new Outcomes(o.keepMet);
            }
            out.addAll(o);
        }
        return out;
    }

    /** The outcomes' labels, made once: {@code Outcome.label()} lower-cases its name on every call. */
    private static final String[] LABELS = java.util.Arrays.stream(dev.servicestandards.model.Outcome.values())
            .map(dev.servicestandards.model.Outcome::label).toArray(String[]::new);

    /** A finding of the rules (the model's {@link Finding}) as a result row. */
    static Result row(Finding f) {
        BigDecimal points = f.getCharge() == null ? BigDecimal.ZERO : f.getCharge().points();
        return new Result(f.getFactId(), f.getClause(), LABELS[f.getOutcome().ordinal()],
                f.getClock() == null ? null : f.getClock().getDeadline(), f.getEscalation(), points.intValueExact());
    }

    /** The library's report as outcome counts and result rows (met rows only if the report kept them). */
    static Outcomes outcomes(Report report) {
        Outcomes out = new Outcomes(true);
        for (dev.servicestandards.api.Finding f : report.findings()) {
            out.results.add(new Result(f.fact(), f.clause(), f.outcome().label(), f.deadline().orElse(null),
                    f.escalation().orElse(null), f.penalty().map(c -> c.points().intValueExact()).orElse(0)));
        }
        out.met = report.summary().met();
        out.violated = report.summary().violated();
        out.pending = report.summary().pending();
        return out;
    }

    private static final Comparator<Result> ORDER = Comparator.comparing(Result::ticket).thenComparing(Result::clause);

    /**
     * Null when {@code a} and {@code b} have the same counts and the same result rows (in any
     * order); otherwise what differs, with the first rows that do.
     */
    static String difference(String aName, Outcomes a, String bName, Outcomes b) {
        if (a.met != b.met || a.violated != b.violated || a.pending != b.pending) {
            return aName + " counts met " + a.met + ", violated " + a.violated + ", pending " + a.pending + "; " + bName
                    + " counts met " + b.met + ", violated " + b.violated + ", pending " + b.pending;
        }
        List<Result> x = new ArrayList<>(a.results);
        List<Result> y = new ArrayList<>(b.results);
        x.sort(ORDER);
        y.sort(ORDER);
        if (x.equals(y)) {
            return null;
        }
        StringBuilder out = new StringBuilder(aName + " has " + x.size() + " rows, " + bName + " " + y.size() + "; first differences:");
        int shown = 0;
        for (int i = 0; i < Math.max(x.size(), y.size()) && shown < 5; i++) {
            Result r = i < x.size() ? x.get(i) : null;
            Result s = i < y.size() ? y.get(i) : null;
            if (r == null || !r.equals(s)) {
                out.append("\n  ").append(aName).append(": ").append(r).append("\n  ").append(bName).append(": ").append(s);
                shown++;
            }
        }
        return out.toString();
    }

    /** Throws unless {@code a} and {@code b} agree on every finding: a benchmark whose contenders judge differently measures nothing. */
    static void requireAgreement(String aName, Outcomes a, String bName, Outcomes b) {
        String difference = difference(aName, a, bName, b);
        if (difference != null) {
            throw new IllegalStateException(difference);
        }
    }
}
