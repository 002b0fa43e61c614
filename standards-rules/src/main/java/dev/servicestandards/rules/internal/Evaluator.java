package dev.servicestandards.rules.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.conf.DirectFiringOption;
import org.kie.api.runtime.conf.ThreadSafeOption;

import dev.servicestandards.api.CalendarRangeException;
import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.EscalationTier;
import dev.servicestandards.api.Event;
import dev.servicestandards.api.Fact;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.api.Outcome;
import dev.servicestandards.api.Penalty;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.TimeAllowance;
import dev.servicestandards.internal.facts.FieldValues;
import dev.servicestandards.internal.facts.JsonLineParser;
import dev.servicestandards.internal.population.KpiAccumulator;
import dev.servicestandards.internal.population.ScoreAccumulator;
import dev.servicestandards.internal.report.Evidence;
import dev.servicestandards.internal.report.FindingTable;
import dev.servicestandards.internal.report.ReportValues;
import dev.servicestandards.internal.text.BoundedRegex;
import dev.servicestandards.internal.text.PhraseOccurrence;
import dev.servicestandards.internal.text.PhraseRules;
import dev.servicestandards.internal.time.BusinessCalendars;
import dev.servicestandards.internal.time.ClockReading;
import dev.servicestandards.internal.time.Clocks;
import dev.servicestandards.rules.api.EvaluationOptions;
import dev.servicestandards.rules.internal.facts.Clock;
import dev.servicestandards.rules.internal.facts.Fields;
import dev.servicestandards.rules.internal.facts.KpiSample;
import dev.servicestandards.rules.internal.facts.Measure;
import dev.servicestandards.rules.internal.facts.Measured;
import dev.servicestandards.rules.internal.facts.Occurrence;
import dev.servicestandards.rules.internal.facts.Presence;
import dev.servicestandards.rules.internal.facts.Verdicts;

/**
 * Evaluation: core measures each fact for each clause that applies (clock readings, attribute
 * values, missing fields, phrases said), the rules decide outcomes and tiers, and this class
 * turns the verdicts into findings with penalties, then KPIs and scores. The rules judge each
 * situation once: measures alike in all the rules read share one verdict (see {@link Measure}),
 * so a session inserts only the situations a chunk meets first. Facts flow through in
 * chunks and are not kept, so memory grows with the findings kept, not with the input; chunks
 * may be judged on several threads. Thread-safe: every {@link Run} has its own judges, each
 * with its own session. Internal.
 */
final class Evaluator {

    /**
     * Sessions are confined to one thread (no locking), and the rules, each one pattern over one
     * measure with no salience or other precedence, fire as their measure is inserted rather than
     * through the agenda (the templates must keep it so).
     */
    private static final KieSessionConfiguration SESSION = KieServices.Factory.get().newKieSessionConfiguration();

    static {
        SESSION.setOption(ThreadSafeOption.NO);
        SESSION.setOption(DirectFiringOption.YES);
    }

    /** The rules' global; stateless, so one serves every session. */
    private static final Verdicts VERDICTS = new Verdicts();

    /**
     * Facts per stateless session run. Small working memories are markedly faster (100k tickets
     * over 20 clauses: 10,000 facts a run 0.87 s, 2,000 0.57 s, 500 0.50 s, 100 0.54 s).
     */
    static final int CHUNK = 500;

    /** Progress is reported every this many facts. */
    static final int PROGRESS_EVERY = 10_000;

    /**
     * Situations a judge remembers with their verdicts (see {@link Measure}). The twenty-clause
     * benchmark's 100k tickets meet 106; each value of a limit's attribute may be one.
     */
    static final int SITUATIONS = 4096;

    private final Standard standard;
    private final KieSessionsPool sessions;
    private final List<Clause> clauses;
    /** What each clause needs at evaluation, by clause index, made once. */
    private final List<Plan> plans = new ArrayList<>();
    private final Applicability applicability;
    /** Clause indices in clause-id order: findings made in it for facts in id order need no sorting. */
    private final int[] reportOrder;
    private final boolean hasClocks;
    private final boolean hasKpis;
    private final Map<String, Clause> byId = new HashMap<>();
    private final String version;
    private final int situationLimit;

    Evaluator(Standard standard, KieBase kieBase) {
        this(standard, kieBase, SITUATIONS);
    }

    /**
     * With {@code situationLimit} situations remembered per judge; with 0 none is, and the rules
     * judge every measure on its own, as tests compare.
     */
    Evaluator(Standard standard, KieBase kieBase, int situationLimit) {
        if (situationLimit < 0) {
            throw new IllegalArgumentException("situationLimit must not be negative: " + situationLimit);
        }
        this.situationLimit = situationLimit;
        this.standard = standard;
        // each judge reuses one pooled session, reset by every execute, instead of building one a chunk
        this.sessions = kieBase.newKieSessionsPool(1);
        this.clauses = standard.clauses();
        clauses.forEach(c -> byId.put(c.id(), c));
        this.version = standard.version().toString();
        this.applicability = new Applicability(clauses);
        for (Clause clause : clauses) {
            ClauseKind kind = clause.kind();
            Clocks.Plan clocks = null;
            PhraseRules phrases = null;
            Optional<String> limitText = Optional.empty();
            List<String> tiers = List.of();
            String from = null;
            String to = null;
            List<String> fields = List.of();
            if (kind instanceof ClauseKind.TimeLimit limit) {
                clocks = Clocks.plan(limit, BusinessCalendars.of(standard, limit.calendar()));
                limitText = Optional.of(limit.within() instanceof TimeAllowance.Time t
                        ? t.duration().toString() : limit.within().toString());
                tiers = limit.escalation().stream().map(EscalationTier::tier).toList();
                from = limit.from();
                to = limit.to();
            } else if (kind instanceof ClauseKind.Limit limit) {
                fields = List.of(limit.attribute());
                limitText = Optional.of(limit.atMost().map(x -> "at-most " + ReportValues.number(x))
                        .orElseGet(() -> "at-least " + ReportValues.number(limit.atLeast().get())));
            } else if (kind instanceof ClauseKind.RequiredFields required) {
                fields = required.fields();
            } else if (kind instanceof ClauseKind.ForbiddenPhrases forbidden) {
                phrases = PhraseRules.forbidden(forbidden);
            } else if (kind instanceof ClauseKind.RequiredPhrase required) {
                phrases = PhraseRules.required(required);
            }
            FindingTable.Origin origin = new FindingTable.Origin(standard.id(), version, clause.id(), clause.severity(),
                    limitText, tiers, standard.timezone(), from, to);
            plans.add(new Plan(clocks, phrases, FieldValues.names(fields), origin,
                    clause.penalty().map(p -> charge(p, p.points())).orElse(null)));
        }
        this.hasClocks = clauses.stream().anyMatch(c -> c.kind() instanceof ClauseKind.TimeLimit);
        this.hasKpis = clauses.stream().anyMatch(c -> c.kind() instanceof ClauseKind.Kpi);
        this.reportOrder = java.util.stream.IntStream.range(0, clauses.size()).boxed()
                .sorted(java.util.Comparator.comparing(i -> clauses.get(i).id()))
                .mapToInt(Integer::intValue).toArray();
    }

    /**
     * What evaluating one clause needs, made once: its clocks' plan (time limits only, else null),
     * its phrase rules (phrase clauses only, else null), the fields it reads (a limit's attribute,
     * the required fields; {@link FieldValues#names}), what each of its findings repeats, and the
     * charge of a full penalty (null without a penalty).
     */
    private record Plan(Clocks.Plan clocks, PhraseRules phrases, String[] fields, FindingTable.Origin origin,
            Finding.Charge fullCharge) {
    }

    /** What a violation costs when charged {@code points} of {@code penalty}; money only when it costs points. */
    private static Finding.Charge charge(Penalty penalty, BigDecimal points) {
        boolean costs = points.signum() > 0;
        return new Finding.Charge(points, costs ? penalty.amount() : Optional.empty(),
                costs ? penalty.currency() : Optional.empty());
    }

    /** Starts an evaluation; feed it facts and rejected lines, finish it, and close it in any case. */
    Run start(Instant asOf, EvaluationOptions options) {
        return new Run(asOf, options);
    }

    /**
     * One evaluation in progress. Facts are judged in chunks of {@link #CHUNK}, on the caller's
     * thread or, with a parallelism above 1, on that many worker threads started on the first
     * full chunk; chunks are merged in input order, so the report does not depend on the
     * parallelism. Not thread-safe: one caller feeds it.
     */
    final class Run implements AutoCloseable {
        private final Instant asOf;
        private final EvaluationOptions options;
        private List<Input> buffer = new ArrayList<>(CHUNK);
        private final FindingTable.Builder findings = FindingTable.builder();
        private final List<Rejection> rejected = new ArrayList<>();
        private final long[] counts = new long[Outcome.values().length];
        private final List<KpiAccumulator> kpis = new ArrayList<>();
        private final List<Integer> kpiClauses = new ArrayList<>();
        private final Optional<ScoreAccumulator> scores;
        private final int[] kpiReferences;
        /** Judges not in use, made as threads need them (one per thread at most), lent to each chunk in turn. */
        private final Queue<Judge> judges = new ConcurrentLinkedQueue<>();
        /** The field scores group by, or null without scoring. */
        private final String groupBy;
        /** The worker threads, once started; null while chunks are judged on the caller's thread. */
        private ExecutorService workers;
        /** Chunks submitted to the workers, in input order. */
        private final Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
        private long facts;

        Run(Instant asOf, EvaluationOptions options) {
            this.asOf = asOf;
            this.options = options;
            for (int c = 0; c < clauses.size(); c++) {
                if (clauses.get(c).kind() instanceof ClauseKind.Kpi kpi) {
                    Optional<String> startEvent = kpi.measure() instanceof ClauseKind.RateOfOutcome rate
                            ? standard.clause(rate.clause()).map(Clause::kind)
                                    .filter(ClauseKind.TimeLimit.class::isInstance)
                                    .map(k -> ((ClauseKind.TimeLimit) k).from())
                            : Optional.empty();
                    kpis.add(new KpiAccumulator(clauses.get(c), standard.timezone(), startEvent));
                    kpiClauses.add(c);
                }
            }
            scores = standard.scoring().map(s -> new ScoreAccumulator(standard.id(), version, s));
            kpiReferences = kpis.stream().mapToInt(k -> k.referencedClause().map(id -> clauses.indexOf(byId.get(id)))
                    .orElse(-1)).toArray();
            groupBy = scores.map(ScoreAccumulator::groupBy).orElse(null);
        }

        void add(Fact fact) {
            buffer(new Input(0, null, fact));
        }

        /**
         * Adds one non-blank JSON line, numbered in its input; it is parsed where its chunk is
         * judged, so parsing runs on the worker threads too. A bad line becomes a rejection.
         */
        void addLine(long number, String json) {
            buffer(new Input(number, json, null));
        }

        private void buffer(Input input) {
            buffer.add(input);
            if (buffer.size() == CHUNK) {
                submit();
            }
        }

        void reject(Rejection rejection) {
            rejected.add(rejection);
        }

        /** Judges the buffered facts, here or on a worker; merges what is done, keeping at most two chunks a worker in flight. */
        private void submit() {
            if (buffer.isEmpty()) {
                return;
            }
            List<Input> chunk = buffer;
            buffer = new ArrayList<>(CHUNK);
            if (options.parallelism() == 1) {
                merge(judge(chunk));
                return;
            }
            if (workers == null) {
                workers = Executors.newFixedThreadPool(options.parallelism(), WORKER_THREADS);
            }
            inFlight.add(workers.submit(() -> judge(chunk)));
            while (inFlight.size() > 2 * options.parallelism()) {
                merge(await(inFlight.removeFirst()));
            }
        }

        /** Judges a chunk with a free judge, on whatever thread calls. */
        private Chunk judge(List<Input> chunk) {
            Judge judge = borrow();
            try {
                return judge.judge(chunk);
            } finally {
                judges.add(judge);
            }
        }

        private Judge borrow() {
            Judge judge = judges.poll();
            return judge != null ? judge : new Judge(asOf, options, groupBy);
        }

        private Chunk await(Future<Chunk> chunk) {
            try {
                return chunk.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("evaluation interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /**
         * Adds a judged chunk to the report and feeds its facts to KPIs and scores, in input order;
         * tells progress at each multiple of {@link #PROGRESS_EVERY} facts passed.
         */
        private void merge(Chunk chunk) {
            long before = facts;
            facts += chunk.factCount();
            for (long told = (before / PROGRESS_EVERY + 1) * PROGRESS_EVERY; told <= facts; told += PROGRESS_EVERY) {
                options.progress().accept(told);
            }
            findings.addAll(chunk.findings());
            rejected.addAll(chunk.rejected());
            for (int i = 0; i < counts.length; i++) {
                counts[i] += chunk.counts()[i];
            }
            for (Judged judged : chunk.facts()) {
                for (int k = 0; k < kpis.size(); k++) {
                    int referenced = kpiReferences[k];
                    kpis.get(k).add(judged.fact(), referenced < 0 ? Optional.empty()
                            : Optional.ofNullable(judged.outcomes()[referenced]));
                }
                if (judged.group() != null) {
                    ScoreAccumulator score = scores.get();
                    score.fact(judged.group());
                    for (int v = 0; v < judged.violations(); v++) {
                        score.violation(judged.group());
                    }
                    for (Points points : judged.points()) {
                        score.points(judged.group(), points.dimension(), points.points());
                    }
                }
            }
        }

        Report finish() {
            submit();
            while (!inFlight.isEmpty()) {
                merge(await(inFlight.removeFirst()));
            }
            List<KpiResult> kpiResults = new ArrayList<>();
            List<Measure> samples = new ArrayList<>();
            for (int k = 0; k < kpis.size(); k++) {
                for (KpiAccumulator.Sample sample : kpis.get(k).samples()) {
                    samples.add(new KpiSample(kpiClauses.get(k), sample));
                }
            }
            Judge judge = borrow();
            judge.fire(samples);
            judges.add(judge);
            for (Measure v : samples) {
                KpiSample s = (KpiSample) v;
                Clause clause = clauses.get(s.getClause());
                ClauseKind.Kpi kpi = (ClauseKind.Kpi) clause.kind();
                String target = kpi.atLeast().map(t -> "at-least " + ReportValues.number(t))
                        .orElseGet(() -> "at-most " + ReportValues.number(kpi.atMost().get()));
                kpiResults.add(new KpiResult(standard.id(), version, clause.id(),
                        s.getSample().group(), s.getSample().period(), v.outcome(), s.getSample().value(),
                        s.getSample().numerator(), s.getSample().denominator(), target));
            }
            return new Report(List.of(new Report.StandardRef(standard.id(), version)), asOf,
                    standard.timezone(), findings.build(), kpiResults, scores.map(ScoreAccumulator::scores).orElse(List.of()),
                    new Report.Summary(facts, rejected.size(), counts[Outcome.MET.ordinal()],
                            counts[Outcome.VIOLATED.ordinal()], counts[Outcome.PENDING.ordinal()]),
                    rejected);
        }

        /** Stops the worker threads, if any; a run abandoned by an exception leaves none behind. */
        @Override
        public void close() {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    /** Worker threads: daemons, so an abandoned evaluation never keeps a JVM alive. */
    private static final ThreadFactory WORKER_THREADS = new ThreadFactory() {
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "standards-evaluation-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    };

    /** A fact, or a numbered JSON line still to parse ({@code fact} null). */
    private record Input(long line, String json, Fact fact) {
    }

    /** What judging a chunk produced, for {@link Run#merge}. */
    private record Chunk(int factCount, FindingTable findings, List<Rejection> rejected, long[] counts,
            List<Judged> facts) {
    }

    /**
     * One judged fact, for the population accumulators: its outcome per clause index (null where
     * no clause measured it), its score group (null without scoring), its violations and the
     * penalty points it was charged.
     */
    private record Judged(Fact fact, Outcome[] outcomes, String group, int violations, List<Points> points) {
    }

    /** Penalty points charged in a score dimension. */
    private record Points(String dimension, BigDecimal points) {
    }

    /**
     * Judges chunks of facts: core measures them, the rules decide, then penalties are charged
     * and findings built. Holds a rules session and scratch space; used by one thread at a time.
     */
    private final class Judge {
        private final Instant asOf;
        private final EvaluationOptions options;
        /** The field scores group by, or null without scoring. */
        private final String groupBy;
        private final StatelessKieSession session;
        private final Object[] selectorValues = applicability.newValues();
        private final boolean[] applies = applicability.newApplies();
        // reused from chunk to chunk and finding to finding
        private final List<Measurement> measures = new ArrayList<>();
        /**
         * The situations judged so far, each its own key, so that facts in one situation share
         * its verdict (see {@link Measure}); emptied when {@link #situationLimit} is reached.
         */
        private final Map<Measure, Measure> situations = new HashMap<>();
        /** Situations first met in the chunk being judged, in the order met: the rules judge these. */
        private final List<Measure> unjudged = new ArrayList<>();
        private final Evidence.Builder evidence = Evidence.builder(standard.timezone());
        private final JsonLineParser parser = new JsonLineParser();

        Judge(Instant asOf, EvaluationOptions options, String groupBy) {
            this.asOf = asOf;
            this.options = options;
            this.groupBy = groupBy;
            this.session = sessions.newStatelessKieSession(SESSION);
            session.setGlobal("verdicts", VERDICTS);
        }

        Chunk judge(List<Input> inputs) {
            List<Rejection> rejected = new ArrayList<>();
            List<Fact> chunk = new ArrayList<>(inputs.size());
            for (Input input : inputs) {
                if (input.fact() != null) {
                    chunk.add(input.fact());
                } else {
                    JsonLineParser.Result parsed = parser.parse(input.json());
                    if (parsed.fact().isPresent()) {
                        chunk.add(parsed.fact().get());
                    } else {
                        rejected.add(new Rejection(input.line(), parsed.reason()));
                    }
                }
            }
            for (int f = 0; f < chunk.size(); f++) {
                Fact fact = chunk.get(f);
                applicability.match(fact, selectorValues, applies);
                // every clock of the fact reads the same history; a scan when events come in order
                List<Event> history = hasClocks ? Clocks.history(fact.events(), asOf) : List.of();
                for (int c : reportOrder) {
                    if (applicability.applies(c, applies)) {
                        Clause clause = clauses.get(c);
                        try {
                            measure(c, clause, f, fact, history);
                        } catch (CalendarRangeException | BoundedRegex.BudgetExceeded e) {
                            // this fact cannot be judged on this clause; every other judgement stands
                            rejected.add(Rejection.ofFact(fact.id(), "clause " + clause.id() + ": " + e.getMessage()));
                        }
                    }
                }
            }
            fire(unjudged);
            unjudged.clear();
            // measures were made in fact, clause-id and evidence order: findings come in report order,
            // penalties are charged in evidence order
            Chunk judged = conclude(chunk, rejected);
            measures.clear();
            return judged;
        }

        /**
         * Charges penalties, counts outcomes and builds the findings the options ask for (met
         * findings only when kept), from the judged {@link #measures} of {@code chunk}.
         */
        private Chunk conclude(List<Fact> chunk, List<Rejection> rejected) {
            // the chunk's table is made to measure: growing it cost 7% of an evaluation
            int kept = 0;
            for (Measurement m : measures) {
                if (keeps(m.outcome())) {
                    kept++;
                }
            }
            FindingTable.Builder findings = FindingTable.builder(kept);
            long[] counts = new long[Outcome.values().length];
            // only KPIs and scores need each fact's outcomes: without them no Judged is made
            boolean populations = hasKpis || groupBy != null;
            List<Judged> facts = populations ? new ArrayList<>(chunk.size()) : List.of();
            int next = 0;
            for (int f = 0; f < chunk.size(); f++) {
                Fact fact = chunk.get(f);
                Outcome[] outcomes = populations ? new Outcome[clauses.size()] : null;
                String group = groupBy == null ? null : fact.field(groupBy).map(String::valueOf).orElse("(none)");
                int violations = 0;
                List<Points> points = List.of();
                int clause = -1;
                BigDecimal charged = BigDecimal.ZERO;
                boolean violatedBefore = false;
                for (; next < measures.size() && measures.get(next).fact() == f; next++) {
                    Measurement m = measures.get(next);
                    int c = m.clause();
                    if (c != clause) {
                        // penalty caps and per-fact charging restart with each clause
                        clause = c;
                        charged = BigDecimal.ZERO;
                        violatedBefore = false;
                    }
                    Outcome outcome = m.outcome();
                    if (populations) {
                        outcomes[c] = outcomes[c] == null ? outcome : worst(outcomes[c], outcome);
                    }
                    counts[outcome.ordinal()]++;
                    Finding.Charge charge = null;
                    if (outcome == Outcome.VIOLATED) {
                        Optional<Penalty> penalty = clauses.get(c).penalty();
                        if (penalty.isPresent()) {
                            Penalty p = penalty.get();
                            BigDecimal due = p.per() == Penalty.Per.FACT && violatedBefore ? BigDecimal.ZERO : p.points();
                            if (p.max().isPresent()) {
                                due = due.min(p.max().get().subtract(charged).max(BigDecimal.ZERO));
                            }
                            charged = charged.add(due);
                            charge = due.equals(p.points()) ? plans.get(c).fullCharge() : charge(p, due);
                            if (group != null && clauses.get(c).dimension().isPresent()) {
                                if (points.isEmpty()) {
                                    points = new ArrayList<>(2);
                                }
                                points.add(new Points(clauses.get(c).dimension().get(), due));
                            }
                        }
                        violations++;
                        violatedBefore = true;
                    }
                    if (keeps(outcome)) {
                        record(m, fact, options, charge, evidence, findings);
                    }
                }
                if (populations) {
                    facts.add(new Judged(fact, outcomes, group, violations, points));
                }
            }
            return new Chunk(chunk.size(), findings.build(), rejected, counts, facts);
        }

        /** Whether a finding with this outcome goes into the report: met ones only when kept. */
        private boolean keeps(Outcome outcome) {
            return outcome != Outcome.MET || options.keepMet();
        }

        /** Lets the rules judge the measures, in one run of the session. */
        void fire(List<? extends Measure> judged) {
            if (!judged.isEmpty()) {
                session.execute(judged);
            }
        }

        /**
         * The measure the rules judge for {@code measure}: an equal one met before, whose verdict
         * it shares, or else {@code measure} itself, to be judged with the chunk.
         */
        private Measure situation(Measure measure) {
            if (situationLimit == 0) {
                unjudged.add(measure);
                return measure;
            }
            Measure known = situations.get(measure);
            if (known != null) {
                return known;
            }
            if (situations.size() == situationLimit) {
                // bounded: facts of ever new values cost a judgement each, never a growing map
                situations.clear();
            }
            situations.put(measure, measure);
            unjudged.add(measure);
            return measure;
        }

        /**
         * Adds what core measures of {@code fact} for clause {@code c} to {@link #measures}; clocks
         * read {@code history}, the fact's {@link Clocks#history history} at as-of.
         */
        private void measure(int c, Clause clause, int f, Fact fact, List<Event> history) {
            ClauseKind kind = clause.kind();
            if (kind instanceof ClauseKind.TimeLimit) {
                Optional<ClockReading> reading = Clocks.readHistory(plans.get(c).clocks(), history, asOf);
                if (reading.isPresent()) {
                    ClockReading r = reading.get();
                    measures.add(new Measurement(f, c, situation(new Clock(c, r, asOf)), r, 0));
                }
            } else if (kind instanceof ClauseKind.Limit) {
                Object value = FieldValues.lookup(fact, plans.get(c).fields()[0]);
                if (value != null) {
                    FieldValues.number(value).ifPresent(v ->
                            measures.add(new Measurement(f, c, situation(new Measured(c, v)), v, 0)));
                }
            } else if (kind instanceof ClauseKind.RequiredFields) {
                String[] names = plans.get(c).fields();
                List<String> missing = List.of();
                for (String name : names) {
                    if (FieldValues.isBlank(FieldValues.lookup(fact, name))) {
                        if (missing.isEmpty()) {
                            missing = new ArrayList<>(names.length);
                        }
                        missing.add(name);
                    }
                }
                // the evidence keeps the names as a report's lists are: unmodifiable
                measures.add(new Measurement(f, c, situation(new Fields(c, missing.size())), List.copyOf(missing), 0));
            } else if (kind instanceof ClauseKind.ForbiddenPhrases) {
                List<PhraseOccurrence> said = plans.get(c).phrases().occurrences(fact);
                if (said.isEmpty()) {
                    // scanned clean: no rule judges it, and it carries the met finding
                    measures.add(new Measurement(f, c, null, null, 0));
                }
                for (int i = 0; i < said.size(); i++) {
                    measures.add(new Measurement(f, c, situation(new Occurrence(c)), said.get(i), i));
                }
            } else if (kind instanceof ClauseKind.RequiredPhrase) {
                PhraseRules.Presence presence = plans.get(c).phrases().presence(fact);
                measures.add(new Measurement(f, c, situation(new Presence(c, presence.said().isPresent())),
                        presence, 0));
            }
            // kpi clauses judge populations: see Run.finish
        }
    }

    /**
     * One clause's measurement of one fact, by index in its chunk: the situation the rules judge
     * (null for a conversation scanned clean, which no rule needs), what the finding shows as
     * evidence (per kind: the clock's reading, the attribute's value, the missing fields, the
     * phrase occurrence, the presence), and the occurrence's place among those of its fact and
     * clause.
     */
    private record Measurement(int fact, int clause, Measure judged, Object evidence, int position) {

        Outcome outcome() {
            return judged == null ? Outcome.MET : judged.outcome();
        }

        int tier() {
            return judged == null ? -1 : judged.tier();
        }
    }

    static Outcome worst(Outcome a, Outcome b) {
        return a == Outcome.VIOLATED || b == Outcome.VIOLATED ? Outcome.VIOLATED
                : a == Outcome.PENDING || b == Outcome.PENDING ? Outcome.PENDING : a;
    }

    /**
     * Adds the finding of one judged measure to {@code findings}; {@code evidence} is an empty
     * builder, empty again after.
     */
    private void record(Measurement m, Fact fact, EvaluationOptions options, Finding.Charge charge,
            Evidence.Builder evidence, FindingTable.Builder findings) {
        ClauseKind kind = clauses.get(m.clause()).kind();
        FindingTable.Origin origin = plans.get(m.clause()).origin();
        if (kind instanceof ClauseKind.TimeLimit) {
            // a clock's evidence is its start, stop and open pause, kept as instants and printed when read
            ClockReading r = (ClockReading) m.evidence();
            findings.addClock(origin, fact.id(), m.outcome(), m.tier(), charge, r.deadline().orElse(null),
                    r.measured(), r.start(), r.stop().orElse(null), r.pausedSince().orElse(null));
            return;
        }
        if (kind instanceof ClauseKind.Limit limit) {
            evidence.put("attribute", limit.attribute());
            evidence.put("value", (BigDecimal) m.evidence());
        } else if (kind instanceof ClauseKind.RequiredFields) {
            List<?> missing = (List<?>) m.evidence();
            if (!missing.isEmpty()) {
                evidence.put("missing", missing);
            }
        } else if (kind instanceof ClauseKind.ForbiddenPhrases && m.evidence() instanceof PhraseOccurrence said) {
            String text = fact.utterances().get(said.utterance()).text();
            evidence.put("utterance", said.utterance());
            evidence.put("start", said.start());
            evidence.put("end", said.end());
            evidence.put(said.pattern() ? "pattern" : "phrase", said.phrase());
            evidence.put("text", Snippets.shown(text, options.maskEvidence()).substring(said.start(), said.end()));
            evidence.put("snippet", Snippets.around(text, said.start(), said.end(), options.maskEvidence()));
        } else if (kind instanceof ClauseKind.RequiredPhrase required) {
            PhraseRules.Presence presence = (PhraseRules.Presence) m.evidence();
            evidence.put("speaker", required.speaker());
            evidence.put("position", required.position().name().toLowerCase(Locale.ROOT));
            presence.utterance().ifPresent(u -> {
                evidence.put("utterance", u);
                String text = fact.utterances().get(u).text();
                presence.said().ifPresentOrElse(said -> {
                    evidence.put("phrase", said.phrase());
                    evidence.put("start", said.start());
                    evidence.put("end", said.end());
                    evidence.put("snippet", Snippets.around(text, said.start(), said.end(), options.maskEvidence()));
                }, () -> evidence.put("snippet", Snippets.around(text, 0, Math.min(text.length(), 2 * Snippets.CONTEXT),
                        options.maskEvidence())));
            });
            if (presence.said().isEmpty()) {
                evidence.put("expected", required.anyOf());
            }
        }
        findings.add(origin, fact.id(), m.outcome(), charge, m.position(), evidence.build());
    }
}
