package dev.servicestandards.api;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.servicestandards.model.Event;
import dev.servicestandards.model.Fact;

/**
 * Finds the facts a standard silently does not judge: facts no clause selects, event names no
 * clause reads (a misspelled or wrong-case {@code Created} beside the {@code created} a time
 * limit starts on), and values a clause reads as numbers that are not numbers. The rules skip
 * such input without a finding, as the format says; lint makes it visible, with counts.
 *
 * <pre>{@code
 * LintReport report = Lint.check(standard, facts);
 * report.problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>Facts are added one at a time ({@link #add(Fact)}), so a large file can be streamed through;
 * memory grows with the distinct event names and names of the wrong type, not with the facts.
 * Not thread-safe.
 */
public final class Lint {

    /** A name a clause reads as a number, and the selectors of the facts that clause reads it on (all must match). */
    private record NumberRead(String name, String clause, List<Selector> on) {

        boolean readsOn(Fact fact) {
            for (Selector selector : on) {
                if (!selector.matches(fact)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The count and first example of one kind of finding. */
    private static final class Tally {
        int facts;
        String firstFact;
        String firstValue;
    }

    private final Standard standard;
    private final String source;
    private final java.util.SortedSet<String> readEvents = new TreeSet<>();
    private final List<NumberRead> numbers = new ArrayList<>();
    private int facts;
    private final Tally unselected = new Tally();
    private final Map<String, Tally> unreadEvents = new TreeMap<>();
    private final Map<NumberRead, Tally> wrongTypes = new LinkedHashMap<>();

    private Lint(Standard standard, String source) {
        this.standard = requireNonNull(standard, "standard");
        this.source = requireNonNull(source, "source");
        for (Clause clause : standard.clauses()) {
            clause.kind().accept(new Reads(clause));
        }
    }

    /** A lint of facts against {@code standard}; {@code source} names the facts in the problems (a file). */
    public static Lint of(Standard standard, String source) {
        return new Lint(standard, source);
    }

    /** The lint of {@code facts}, built in code or read, against {@code standard}. */
    public static LintReport check(Standard standard, Collection<Fact> facts) {
        Lint lint = of(standard, "facts");
        facts.forEach(lint::add);
        return lint.report();
    }

    /** The event names the standard's clauses read, in name order. */
    public Set<String> readEvents() {
        return java.util.Collections.unmodifiableSet(readEvents);
    }

    /** Checks one more fact. */
    public Lint add(Fact fact) {
        requireNonNull(fact, "fact");
        facts++;
        if (!selected(fact)) {
            count(unselected, fact.id(), fact.type());
        }
        Set<String> seen = new HashSet<>();
        for (Event event : fact.events()) {
            String name = event.name();
            if (!readEvents.contains(name) && seen.add(name)) {
                count(unreadEvents.computeIfAbsent(name, n -> new Tally()), fact.id(), name);
            }
        }
        for (NumberRead read : numbers) {
            Optional<Object> value = fact.field(read.name);
            if (value.isPresent() && fact.number(read.name) == null && read.readsOn(fact)) {
                count(wrongTypes.computeIfAbsent(read, r -> new Tally()), fact.id(), String.valueOf(value.get()));
            }
        }
        return this;
    }

    private static void count(Tally tally, String fact, String value) {
        if (tally.facts++ == 0) {
            tally.firstFact = fact;
            tally.firstValue = value;
        }
    }

    private boolean selected(Fact fact) {
        for (Clause clause : standard.clauses()) {
            if (clause.appliesTo().matches(fact)
                    && (!(clause.kind() instanceof ClauseKind.Kpi kpi) || kpi.among().matches(fact))) {
                return true;
            }
        }
        return false;
    }

    /** What was found so far. */
    public LintReport report() {
        List<Problem> problems = new ArrayList<>();
        SourceLocation where = SourceLocation.ofFile(source);
        if (unselected.facts > 0) {
            problems.add(Problem.warning(ProblemCode.FACTS_NOT_SELECTED, where, unselected.facts, facts,
                    unselected.firstValue, unselected.firstFact));
        }
        Map<String, Integer> unread = new TreeMap<>();
        unreadEvents.forEach((name, tally) -> {
            unread.put(name, tally.facts);
            problems.add(Problem.warning(ProblemCode.EVENT_NOT_READ, where, name, tally.facts, tally.firstFact,
                    dev.servicestandards.internal.load.DidYouMean.among(name, readEvents, true)));
        });
        List<LintReport.WrongType> wrong = new ArrayList<>();
        wrongTypes.forEach((read, tally) -> {
            wrong.add(new LintReport.WrongType(read.name, read.clause, tally.facts, tally.firstFact, tally.firstValue));
            problems.add(Problem.error(ProblemCode.NOT_A_NUMBER, where, read.name, read.clause, tally.facts,
                    tally.firstValue, tally.firstFact));
        });
        return new LintReport(source, facts, unselected.facts, unread, wrong, problems);
    }

    /** Collects the event names and numbers one clause reads. */
    private final class Reads implements ClauseKind.Visitor<Void> {
        private final Clause clause;

        Reads(Clause clause) {
            this.clause = clause;
            ranges(clause.appliesTo());
        }

        /** Range conditions read numbers, on every fact the selector is tried on. */
        private void ranges(Selector selector) {
            selector.ranges().keySet().forEach(name -> numbers.add(new NumberRead(name, clause.id(), List.of())));
            selector.not().ifPresent(this::ranges);
            selector.anyOf().forEach(this::ranges);
        }

        private void pause(Optional<ClauseKind.Pause> pause) {
            pause.ifPresent(p -> {
                readEvents.add(p.from());
                readEvents.add(p.to());
            });
        }

        @Override
        public Void timeLimit(ClauseKind.TimeLimit kind) {
            readEvents.add(kind.from());
            readEvents.add(kind.to());
            pause(kind.pause());
            kind.reopen().ifPresent(r -> readEvents.add(r.on()));
            return null;
        }

        @Override
        public Void followUp(ClauseKind.FollowUp kind) {
            readEvents.add(kind.to());
            pause(kind.pause());
            return null;
        }

        @Override
        public Void forbiddenPhrases(ClauseKind.ForbiddenPhrases kind) {
            return null;
        }

        @Override
        public Void requiredPhrase(ClauseKind.RequiredPhrase kind) {
            return null;
        }

        @Override
        public Void limit(ClauseKind.Limit kind) {
            numbers.add(new NumberRead(kind.attribute(), clause.id(), List.of(clause.appliesTo())));
            return null;
        }

        @Override
        public Void requiredFields(ClauseKind.RequiredFields kind) {
            return null;
        }

        @Override
        public Void kpi(ClauseKind.Kpi kind) {
            ranges(kind.among());
            String attribute = kind.measure() instanceof ClauseKind.AverageOf average ? average.attribute()
                    : kind.measure() instanceof ClauseKind.PercentileOf percentile ? percentile.attribute() : null;
            if (attribute != null) {
                numbers.add(new NumberRead(attribute, clause.id(), List.of(clause.appliesTo(), kind.among())));
            }
            return null;
        }

        @Override
        public Void repeat(ClauseKind.Repeat kind) {
            kind.datedBy().ifPresent(readEvents::add);
            return null;
        }
    }
}
