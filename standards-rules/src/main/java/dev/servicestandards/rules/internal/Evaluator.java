package dev.servicestandards.rules.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.kie.internal.command.CommandFactory;

import dev.servicestandards.api.Clause;
import dev.servicestandards.api.ClauseKind;
import dev.servicestandards.api.Finding;
import dev.servicestandards.api.KpiResult;
import dev.servicestandards.api.Rejection;
import dev.servicestandards.api.Report;
import dev.servicestandards.api.Standard;
import dev.servicestandards.api.Unjudged;
import dev.servicestandards.internal.facts.JsonLineParser;
import dev.servicestandards.internal.kinds.Kind;
import dev.servicestandards.internal.population.ScoreAccumulator;
import dev.servicestandards.internal.report.Evidence;
import dev.servicestandards.internal.report.FindingTable;
import dev.servicestandards.model.AsOf;
import dev.servicestandards.model.Charge;
import dev.servicestandards.model.EveryOccurrence;
import dev.servicestandards.model.Fact;
import dev.servicestandards.model.KpiCount;
import dev.servicestandards.model.KpiSample;
import dev.servicestandards.model.NotJudged;
import dev.servicestandards.model.Occurrence;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.rules.api.EvaluationOptions;

/**
 * Evaluation: the standard's rules judge every fact. Facts are inserted in chunks, each into a
 * fresh session of the rule base beside the rule set's clause and calendar facts (stated once by
 * its setup rules) and the as-of; the rules decide each finding, its tier and its charge; the
 * {@code findings}, {@code notJudged} and {@code kpiCounts} queries read them back, and this class
 * turns them into the report's rows. When every chunk is in, the summed KPI counts go into one
 * last session, where the KPI rules make and judge the samples. Facts are not kept, so memory
 * grows with the findings kept, not with the input; chunks may be judged on several threads.
 * Thread-safe: every {@link Run} has its own judges, each with its own session. Internal.
 */
final class Evaluator {

    /**
     * Facts per session: small working memories are markedly faster than large ones, and a
     * chunk's rows are converted while its facts are at hand.
     */
    static final int CHUNK = 500;
    /**
     * A chunk of JSON lines is also cut at this many chars, so that chunks of long lines (each up
     * to {@link dev.servicestandards.internal.facts.JsonLines#MAX_LINE_BYTES}) held in flight stay
     * bounded by size, not only by count.
     */
    static final long CHUNK_CHARS = 4L * 1024 * 1024;

    /** Progress is reported every this many facts. */
    static final int PROGRESS_EVERY = 10_000;

    private final Standard standard;
    private final KieSessionsPool sessions;
    /** The facts the setup rules state (calendars and clauses), made once, immutable, shared by every session. */
    private final List<Object> setup;
    /** What each clause's findings repeat, and its kind's home, by clause id. */
    private final Map<String, ClauseRows> clauses = new HashMap<>();
    private final String version;

    /** A clause's report rows: its home, its record, and what each row repeats. */
    private record ClauseRows(Clause clause, Kind<ClauseKind> kind, FindingTable.Origin origin) {
    }

    @SuppressWarnings("unchecked")
    Evaluator(Standard standard, KieBase kieBase) {
        this.standard = standard;
        this.version = standard.version().toString();
        this.sessions = kieBase.newKieSessionsPool(1);
        this.setup = Setup.facts(kieBase);
        for (Clause clause : standard.clauses()) {
            List<String> tiers = clause.kind() instanceof ClauseKind.Timed timed
                    ? timed.escalation().stream().map(dev.servicestandards.api.EscalationTier::tier).toList() : List.of();
            String from = clause.kind() instanceof ClauseKind.TimeLimit limit ? limit.from()
                    : clause.kind() instanceof ClauseKind.FollowUp ? Kind.FOLLOW_UP_START : null;
            String to = clause.kind() instanceof ClauseKind.Timed timed ? timed.to() : null;
            Optional<String> limitText = setup.stream().filter(o -> o instanceof dev.servicestandards.model.Clause c
                    && c.getId().equals(clause.id())).map(o -> ((dev.servicestandards.model.Clause) o).getLimit())
                    .filter(java.util.Objects::nonNull).findFirst();
            FindingTable.Origin origin = new FindingTable.Origin(standard.id(), version, clause.id(), clause.severity(),
                    limitText, tiers, standard.timezone(), from, to);
            clauses.put(clause.id(), new ClauseRows(clause, (Kind<ClauseKind>) Kind.of(clause.kind()), origin));
        }
    }

    Standard standard() {
        return standard;
    }

    /** Starts an evaluation; feed it facts and rejected lines, finish it, and close it in any case. */
    Run start(Instant asOf, EvaluationOptions options) {
        dev.servicestandards.model.internal.Limits.requireSupported(asOf, "as-of");
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
        /** The chars of the JSON lines in {@link #buffer}. */
        private long bufferedChars;
        private final FindingTable.Builder findings = FindingTable.builder();
        private final List<Rejection> rejected = new ArrayList<>();
        private final List<Unjudged> unjudged = new ArrayList<>();
        private final long[] counts = new long[Outcome.values().length];
        /** KPI counts summed by KPI, group and period, across chunks. */
        private final Map<List<String>, KpiCount> kpiCounts = new TreeMap<>(Evaluator::compareKeys);
        /** Every fact's occurrences for the repeat clauses, in input order, decided once every fact is read. */
        private final List<Occurrence> occurrences = new ArrayList<>();
        private final Optional<ScoreAccumulator> scores;
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
            scores = standard.scoring().map(s -> new ScoreAccumulator(standard.id(), version, s));
            groupBy = scores.map(ScoreAccumulator::groupBy).orElse(null);
        }

        void add(Fact fact) {
            add(0, fact);
        }

        /** Adds a fact read from input line {@code line} (0 when it came without one). */
        void add(long line, Fact fact) {
            buffer(new Input(line, null, fact));
        }

        /**
         * Adds one non-blank JSON line, numbered in its input; it is parsed where its chunk is
         * judged, so parsing runs on the worker threads too. A bad line becomes a rejection.
         */
        void addLine(long number, String json) {
            bufferedChars += json.length();
            buffer(new Input(number, json, null));
        }

        private void buffer(Input input) {
            buffer.add(input);
            if (buffer.size() == CHUNK || bufferedChars >= CHUNK_CHARS) {
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
            bufferedChars = 0;
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
            Judge judge = judges.poll();
            if (judge == null) {
                judge = new Judge(asOf, options, groupBy);
            }
            try {
                return judge.judge(chunk);
            } finally {
                judges.add(judge);
            }
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
         * Adds a judged chunk to the report and its counts to KPIs and scores, in input order;
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
            unjudged.addAll(chunk.unjudged());
            for (int i = 0; i < counts.length; i++) {
                counts[i] += chunk.counts()[i];
            }
            for (KpiCount c : chunk.kpiCounts()) {
                kpiCounts.merge(List.of(c.getKpi(), c.getGroup(), c.getPeriod()), c, Evaluator::sum);
            }
            occurrences.addAll(chunk.occurrences());
            if (scores.isPresent()) {
                ScoreAccumulator score = scores.get();
                for (Judged judged : chunk.judged()) {
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
            if (!occurrences.isEmpty()) {
                // repeats: decided among every fact read, their findings follow the others in input order
                Decided decided = decide(occurrences);
                addRepeats(decided, counts, scores, findings, options);
                for (KpiCount c : decided.kpiCounts()) {
                    kpiCounts.merge(List.of(c.getKpi(), c.getGroup(), c.getPeriod()), c, Evaluator::sum);
                }
            }
            // lines that could not be read as text are rejected as read, lines that are not facts as their chunk is judged
            rejected.sort(java.util.Comparator.comparingLong(Rejection::line));
            return new Report(List.of(new Report.StandardRef(standard.id(), version)), asOf, standard.timezone(),
                    findings.build(), kpis(), scores.map(ScoreAccumulator::scores).orElse(List.of()),
                    new Report.Summary(facts, rejected.size(), counts[Outcome.MET.ordinal()],
                            counts[Outcome.VIOLATED.ordinal()], counts[Outcome.PENDING.ordinal()], unjudged.size()),
                    rejected, unjudged);
        }

        /** The KPI rules' samples of the summed counts, judged in one last session. */
        private List<KpiResult> kpis() {
            return Evaluator.this.kpis(kpiCounts.values());
        }

        /** Stops the worker threads, if any; a run abandoned by an exception leaves none behind. */
        @Override
        public void close() {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    /** What the repeat rules decided: findings in the order of the occurrences, then clause; KPI counts. */
    record Decided(List<dev.servicestandards.model.Finding> findings, List<KpiCount> kpiCounts) {
    }

    /**
     * Decides the repeat clauses among {@code occurrences} (given in report order): sessions that
     * hold whole keys, each with every occurrence of its keys, in which the repeat rules decide.
     */
    Decided decide(List<Occurrence> occurrences) {
        Map<Occurrence, Integer> order = new IdentityHashMap<>();
        Map<List<String>, List<Occurrence>> byKey = new TreeMap<>(Evaluator::compareKeys);
        for (Occurrence o : occurrences) {
            order.put(o, order.size());
            byKey.computeIfAbsent(List.of(o.getClause(), o.getKey()), k -> new ArrayList<>()).add(o);
        }
        List<dev.servicestandards.model.Finding> found = new ArrayList<>();
        List<KpiCount> counts = new ArrayList<>();
        List<Occurrence> batch = new ArrayList<>();
        for (List<Occurrence> key : byKey.values()) {
            batch.addAll(key);
            if (batch.size() >= CHUNK) {
                decide(batch, found, counts);
                batch = new ArrayList<>();
            }
        }
        decide(batch, found, counts);
        found.sort(java.util.Comparator.comparing((dev.servicestandards.model.Finding f) -> order.get((Occurrence) f.getReading()))
                .thenComparing(dev.servicestandards.model.Finding::getClause));
        counts.sort(java.util.Comparator.comparing(KpiCount::getKpi).thenComparing(KpiCount::getGroup)
                .thenComparing(KpiCount::getPeriod));
        return new Decided(found, counts);
    }

    private void decide(List<Occurrence> batch, List<dev.servicestandards.model.Finding> found, List<KpiCount> counts) {
        if (batch.isEmpty()) {
            return;
        }
        List<Command<?>> commands = new ArrayList<>(6);
        commands.add(CommandFactory.newInsertElements(setup));
        commands.add(CommandFactory.newInsert(EveryOccurrence.INSTANCE));
        commands.add(CommandFactory.newInsertElements(batch));
        commands.add(CommandFactory.newFireAllRules());
        commands.add(CommandFactory.newGetObjects(o -> o instanceof dev.servicestandards.model.Finding || o instanceof KpiCount,
                "results"));
        ExecutionResults results = sessions.newStatelessKieSession().execute(CommandFactory.newBatchExecution(commands));
        for (Object o : (java.util.Collection<?>) results.getValue("results")) {
            if (o instanceof dev.servicestandards.model.Finding f) {
                found.add(f);
            } else if (o instanceof KpiCount c) {
                counts.add(c);
            }
        }
    }

    /** Adds what the repeat stage decided to a report's rows, outcome counts and scores. */
    private void addRepeats(Decided decided, long[] counts, Optional<ScoreAccumulator> scores, FindingTable.Builder findings,
            EvaluationOptions options) {
        Evidence.Builder evidence = Evidence.builder(standard.timezone());
        for (dev.servicestandards.model.Finding f : decided.findings()) {
            Outcome outcome = f.getOutcome();
            counts[outcome.ordinal()]++;
            Finding.Charge charge = charge(f.getCharge());
            if (outcome == Outcome.VIOLATED && scores.isPresent()) {
                String group = f.getFact().field(scores.get().groupBy()).map(String::valueOf).orElse("(none)");
                scores.get().violation(group);
                String dimension = f.getDefinition().getDimension();
                if (dimension != null && charge != null) {
                    scores.get().points(group, dimension, charge.points());
                }
            }
            if (outcome != Outcome.MET || options.keepMet()) {
                ClauseRows rows = clauses.get(f.getClause());
                rows.kind().record(rows.clause().kind(), f, rows.origin(), charge, options.maskEvidence(), evidence, findings);
            }
        }
    }

    /** The repeat clauses' findings among {@code occurrences}, as {@link dev.servicestandards.rules.api.RuleSet#repeats} gives them. */
    dev.servicestandards.rules.api.Repeats repeats(List<Occurrence> occurrences, EvaluationOptions options) {
        Decided decided = decide(occurrences);
        FindingTable.Builder table = FindingTable.builder();
        Evidence.Builder evidence = Evidence.builder(standard.timezone());
        for (dev.servicestandards.model.Finding f : decided.findings()) {
            ClauseRows rows = clauses.get(f.getClause());
            rows.kind().record(rows.clause().kind(), f, rows.origin(), charge(f.getCharge()), options.maskEvidence(), evidence,
                    table);
        }
        return new dev.servicestandards.rules.api.Repeats(table.build(), decided.kpiCounts());
    }

    /** The KPI results of counts, summed by KPI, group and period here first, made and judged by the KPI rules. */
    List<KpiResult> kpis(java.util.Collection<KpiCount> counts) {
        Map<List<String>, KpiCount> summed = new TreeMap<>(Evaluator::compareKeys);
        for (KpiCount c : counts) {
            summed.merge(List.of(c.getKpi(), c.getGroup(), c.getPeriod()), c, Evaluator::sum);
        }
        if (summed.isEmpty()) {
            return List.of();
        }
        List<Command<?>> commands = new ArrayList<>();
        commands.add(CommandFactory.newInsertElements(setup));
        commands.add(CommandFactory.newInsertElements(new ArrayList<>(summed.values())));
        commands.add(CommandFactory.newFireAllRules());
        commands.add(CommandFactory.newQuery("kpiSamples", "kpiSamples"));
        StatelessKieSession session = sessions.newStatelessKieSession();
        ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
        List<KpiResult> out = new ArrayList<>();
        for (QueryResultsRow row : (QueryResults) results.getValue("kpiSamples")) {
            KpiSample s = (KpiSample) row.get("$sample");
            out.add(new KpiResult(standard.id(), version, s.getKpi(), s.getGroup(), s.getPeriod(), s.getOutcome(),
                    Optional.ofNullable(s.getValue()), s.getNumerator(), s.getDenominator(), s.getDefinition().getLimit()));
        }
        out.sort(KpiResult.REPORT_ORDER);
        return out;
    }

    /**
     * Judges one fact at {@code asOf}: its findings (every one, met included), unjudged clauses,
     * escalation tiers reached, next due instant, KPI counts and score group.
     */
    dev.servicestandards.rules.api.Judgement judge(Fact fact, Instant asOf, EvaluationOptions options) {
        dev.servicestandards.model.internal.Limits.requireSupported(asOf, "as-of");
        List<Command<?>> commands = new ArrayList<>(6);
        commands.add(CommandFactory.newInsertElements(setup));
        commands.add(CommandFactory.newInsert(new AsOf(asOf)));
        commands.add(CommandFactory.newInsert(fact));
        commands.add(CommandFactory.newFireAllRules());
        commands.add(CommandFactory.newGetObjects(o -> RESULTS.accept(o) || o instanceof dev.servicestandards.model.Clock,
                "results"));
        ExecutionResults results = sessions.newStatelessKieSession().execute(CommandFactory.newBatchExecution(commands));
        List<dev.servicestandards.model.Finding> found = new ArrayList<>();
        List<NotJudged> notJudged = new ArrayList<>();
        List<KpiCount> counts = new ArrayList<>();
        List<Occurrence> occurrences = new ArrayList<>();
        Instant next = null;
        for (Object o : (java.util.Collection<?>) results.getValue("results")) {
            if (o instanceof dev.servicestandards.model.Finding f) {
                found.add(f);
            } else if (o instanceof NotJudged n) {
                notJudged.add(n);
            } else if (o instanceof KpiCount c) {
                counts.add(c);
            } else if (o instanceof Occurrence c) {
                occurrences.add(c);
            } else if (o instanceof dev.servicestandards.model.Clock c) {
                Instant due = c.nextDue();
                if (due != null && (next == null || due.isBefore(next))) {
                    next = due;
                }
            }
        }
        found.sort(REPORT_ORDER);
        notJudged.sort(java.util.Comparator.comparing(NotJudged::getClause));
        counts.sort(java.util.Comparator.comparing(KpiCount::getKpi).thenComparing(KpiCount::getGroup)
                .thenComparing(KpiCount::getPeriod));
        FindingTable.Builder table = FindingTable.builder();
        Evidence.Builder evidence = Evidence.builder(standard.timezone());
        List<dev.servicestandards.rules.api.Escalation> escalations = new ArrayList<>();
        for (dev.servicestandards.model.Finding f : found) {
            ClauseRows rows = clauses.get(f.getClause());
            rows.kind().record(rows.clause().kind(), f, rows.origin(), charge(f.getCharge()), options.maskEvidence(), evidence,
                    table);
            if (f.getClock() != null) {
                List<String> tiers = f.getClock().getDefinition().getTiers();
                for (int k = 0; k < f.getTiersReached(); k++) {
                    escalations.add(new dev.servicestandards.rules.api.Escalation(f.getClock().tier(tiers.get(k)),
                            standard.id(), version, f.getClause(), fact.id(), tiers.get(k), f.getPosition()));
                }
            }
        }
        List<Unjudged> unjudged = new ArrayList<>();
        for (NotJudged n : notJudged) {
            unjudged.add(new Unjudged(0, fact.id(), standard.id(), version, n.getClause(), n.getReason()));
        }
        Optional<String> group = standard.scoring()
                .map(s -> fact.field(s.groupBy()).map(String::valueOf).orElse("(none)"));
        occurrences.sort(java.util.Comparator.comparing(Occurrence::getClause));
        return new dev.servicestandards.rules.api.Judgement(fact, asOf, table.build(), unjudged, escalations,
                Optional.ofNullable(next), counts, group, occurrences);
    }

    /** The report of facts judged one at a time; see {@link dev.servicestandards.rules.api.RuleSet#report}. */
    Report report(Instant asOf, List<dev.servicestandards.rules.api.Judgement> judgements, List<KpiResult> kpis,
            List<Rejection> rejected, EvaluationOptions options) {
        FindingTable.Builder findings = FindingTable.builder();
        long[] counts = new long[Outcome.values().length];
        List<Unjudged> unjudged = new ArrayList<>();
        Optional<ScoreAccumulator> scores = standard.scoring().map(s -> new ScoreAccumulator(standard.id(), version, s));
        for (dev.servicestandards.rules.api.Judgement j : judgements) {
            unjudged.addAll(j.unjudged());
            for (Finding f : j.findings()) {
                counts[f.outcome().ordinal()]++;
            }
            findings.addAll(options.keepMet() ? j.findings()
                    : j.findings().stream().filter(f -> f.outcome() != Outcome.MET).toList());
            if (scores.isPresent() && j.scoreGroup().isPresent()) {
                String group = j.scoreGroup().get();
                scores.get().fact(group);
                for (Finding f : j.findings()) {
                    if (f.outcome() == Outcome.VIOLATED) {
                        scores.get().violation(group);
                        clauses.get(f.clause()).clause().dimension().ifPresent(d -> f.penalty()
                                .ifPresent(c -> scores.get().points(group, d, c.points())));
                    }
                }
            }
        }
        List<Occurrence> occurrences = new ArrayList<>();
        judgements.forEach(j -> occurrences.addAll(j.occurrences()));
        if (!occurrences.isEmpty()) {
            addRepeats(decide(occurrences), counts, scores, findings, options);
        }
        return new Report(List.of(new Report.StandardRef(standard.id(), version)), asOf, standard.timezone(),
                findings.build(), kpis, scores.map(ScoreAccumulator::scores).orElse(List.of()),
                new Report.Summary(judgements.size(), rejected.size(), counts[Outcome.MET.ordinal()],
                        counts[Outcome.VIOLATED.ordinal()], counts[Outcome.PENDING.ordinal()], unjudged.size()),
                rejected, unjudged);
    }

    private static KpiCount sum(KpiCount a, KpiCount b) {
        return a.plus(b);
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
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
    private record Chunk(int factCount, FindingTable findings, List<Rejection> rejected, List<Unjudged> unjudged,
            long[] counts, List<KpiCount> kpiCounts, List<Judged> judged, List<Occurrence> occurrences) {
    }

    /** One judged fact, for the scores: its group, its violations and the penalty points it was charged. */
    private record Judged(String group, int violations, List<Points> points) {
    }

    /** Penalty points charged in a score dimension. */
    private record Points(String dimension, BigDecimal points) {
    }

    /**
     * Judges chunks of facts with the rules and turns what they decided into report rows. Holds
     * a JSON parser and scratch space; used by one thread at a time.
     */
    private final class Judge {
        private final Instant asOf;
        private final EvaluationOptions options;
        /** The field scores group by, or null without scoring. */
        private final String groupBy;
        private final StatelessKieSession session;
        private final Evidence.Builder evidence = Evidence.builder(standard.timezone());
        private final JsonLineParser parser = new JsonLineParser();

        Judge(Instant asOf, EvaluationOptions options, String groupBy) {
            this.asOf = asOf;
            this.options = options;
            this.groupBy = groupBy;
            this.session = sessions.newStatelessKieSession();
        }

        Chunk judge(List<Input> inputs) {
            List<Rejection> rejected = new ArrayList<>();
            List<Fact> chunk = new ArrayList<>(inputs.size());
            Map<Fact, Long> lines = new IdentityHashMap<>();
            for (Input input : inputs) {
                Fact fact = input.fact();
                if (fact == null) {
                    JsonLineParser.Result parsed = parser.parse(input.json());
                    if (parsed.fact().isEmpty()) {
                        rejected.add(new Rejection(input.line(), parsed.why()));
                        continue;
                    }
                    fact = parsed.fact().get();
                }
                chunk.add(fact);
                lines.put(fact, input.line());
            }
            List<Command<?>> commands = new ArrayList<>(8);
            commands.add(CommandFactory.newInsertElements(setup));
            commands.add(CommandFactory.newInsert(new AsOf(asOf)));
            commands.add(CommandFactory.newInsertElements(chunk));
            commands.add(CommandFactory.newFireAllRules());
            // what the findings, notJudged and kpiCounts queries return, read in one pass over the working memory
            commands.add(CommandFactory.newGetObjects(RESULTS, "results"));
            ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));

            Map<Fact, List<dev.servicestandards.model.Finding>> byFact = new IdentityHashMap<>();
            List<Unjudged> unjudged = new ArrayList<>();
            List<NotJudged> notJudged = new ArrayList<>();
            List<KpiCount> kpiCounts = new ArrayList<>();
            Map<String, List<Occurrence>> occurrencesById = null;
            for (Object o : (java.util.Collection<?>) results.getValue("results")) {
                if (o instanceof dev.servicestandards.model.Finding f) {
                    byFact.computeIfAbsent(f.getFact(), k -> new ArrayList<>(4)).add(f);
                } else if (o instanceof NotJudged n) {
                    notJudged.add(n);
                } else if (o instanceof KpiCount c) {
                    kpiCounts.add(c);
                } else if (o instanceof Occurrence c) {
                    if (occurrencesById == null) {
                        occurrencesById = new HashMap<>();
                    }
                    occurrencesById.computeIfAbsent(c.getFact().id(), k -> new ArrayList<>(2)).add(c);
                }
            }
            // a fact's occurrences in input order, then clause (an occurrence names its fact by id)
            List<Occurrence> occurrences = List.of();
            if (occurrencesById != null) {
                occurrences = new ArrayList<>();
                for (Fact fact : chunk) {
                    List<Occurrence> own = occurrencesById.get(fact.id());
                    if (own == null) {
                        continue;
                    }
                    own.sort(java.util.Comparator.comparing(Occurrence::getClause));
                    // facts sharing an id share the list: each takes its first occurrence of each clause
                    java.util.Set<String> taken = new java.util.HashSet<>();
                    for (java.util.Iterator<Occurrence> it = own.iterator(); it.hasNext();) {
                        Occurrence o = it.next();
                        if (taken.add(o.getClause())) {
                            occurrences.add(o);
                            it.remove();
                        }
                    }
                }
            }
            // in input order, then clause order: deterministic whatever order the rules fired in
            notJudged.sort(java.util.Comparator.comparingLong((NotJudged n) -> lines.getOrDefault(n.getFact(), 0L))
                    .thenComparing(n -> n.getFact().id()).thenComparing(NotJudged::getClause));
            for (NotJudged n : notJudged) {
                unjudged.add(new Unjudged(lines.getOrDefault(n.getFact(), 0L), n.getFact().id(), standard.id(), version,
                        n.getClause(), n.getReason()));
            }
            return conclude(chunk, byFact, rejected, unjudged, kpiCounts, occurrences);
        }

        /** Report rows, counts and score inputs of a chunk, fact by fact in input order. */
        private Chunk conclude(List<Fact> chunk, Map<Fact, List<dev.servicestandards.model.Finding>> byFact,
                List<Rejection> rejected, List<Unjudged> unjudged, List<KpiCount> kpiCounts, List<Occurrence> occurrences) {
            FindingTable.Builder table = FindingTable.builder();
            long[] counts = new long[Outcome.values().length];
            List<Judged> judged = groupBy == null ? List.of() : new ArrayList<>(chunk.size());
            for (Fact fact : chunk) {
                List<dev.servicestandards.model.Finding> found = byFact.getOrDefault(fact, List.of());
                if (found.size() > 1) {
                    found.sort(REPORT_ORDER);
                }
                int violations = 0;
                List<Points> points = List.of();
                for (dev.servicestandards.model.Finding f : found) {
                    Outcome outcome = f.getOutcome();
                    counts[outcome.ordinal()]++;
                    Finding.Charge charge = charge(f.getCharge());
                    if (outcome == Outcome.VIOLATED) {
                        violations++;
                        String dimension = f.getDefinition().getDimension();
                        if (groupBy != null && dimension != null && charge != null) {
                            if (points.isEmpty()) {
                                points = new ArrayList<>(2);
                            }
                            points.add(new Points(dimension, charge.points()));
                        }
                    }
                    if (outcome != Outcome.MET || options.keepMet()) {
                        ClauseRows rows = clauses.get(f.getClause());
                        rows.kind().record(rows.clause().kind(), f, rows.origin(), charge, options.maskEvidence(), evidence,
                                table);
                    }
                }
                if (groupBy != null) {
                    judged.add(new Judged(fact.field(groupBy).map(String::valueOf).orElse("(none)"), violations, points));
                }
            }
            return new Chunk(chunk.size(), table.build(), rejected, unjudged, counts, kpiCounts, judged, occurrences);
        }
    }

    /** The rules' results: what the findings, notJudged and kpiCounts queries return. */
    private static final org.kie.api.runtime.ObjectFilter RESULTS = o -> o instanceof dev.servicestandards.model.Finding
            || o instanceof NotJudged || o instanceof KpiCount || o instanceof Occurrence;

    /** A fact's findings in report order: clause id, then position. */
    private static final java.util.Comparator<dev.servicestandards.model.Finding> REPORT_ORDER = java.util.Comparator
            .comparing(dev.servicestandards.model.Finding::getClause)
            .thenComparingInt(dev.servicestandards.model.Finding::getPosition);

    /** The report's charge of the rules' charge (null for none). */
    static Finding.Charge charge(Charge charge) {
        if (charge == null) {
            return null;
        }
        return new Finding.Charge(charge.points(), Optional.ofNullable(charge.amount()), Optional.ofNullable(charge.currency()));
    }
}
