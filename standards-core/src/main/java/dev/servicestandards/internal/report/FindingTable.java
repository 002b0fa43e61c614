package dev.servicestandards.internal.report;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

import dev.servicestandards.api.Finding;
import dev.servicestandards.model.Outcome;
import dev.servicestandards.model.Severity;

/**
 * Findings kept in columns: an unmodifiable list whose {@link Finding}s are made when read. A
 * finding held as a record is seven objects and about 200 bytes; here it is one row of about
 * 60 bytes in a dozen arrays, and what every finding of a clause repeats (standard, version,
 * clause id, severity, limit, tier names) is held once in its {@link Origin}. A batch of a
 * million tickets keeps millions of findings, and the collector copies every object it keeps:
 * rows in arrays it copies wholesale, or not at all. The list equals, and hashes like, the list
 * of its findings. Immutable; made by a {@link Builder}. Internal.
 */
public final class FindingTable extends AbstractList<Finding> implements RandomAccess {

    /** Marks an absent deadline or measure in the seconds columns. */
    private static final long NONE = Long.MIN_VALUE;
    private static final Outcome[] OUTCOMES = Outcome.values();

    /**
     * What every finding of one clause of one standard revision repeats.
     *
     * @param standard the standard id
     * @param version  the standard version
     * @param clause   the clause id
     * @param severity the clause's severity
     * @param limit    the limit as the standard states it
     * @param tiers    the escalation tier names, in tier order
     * @param zone     the zone the evidence's instants print in
     * @param from     for a time limit, the evidence key of the clock's start (its start event), else null
     * @param to       for a time limit, the evidence key of the clock's stop (its stop event), else null
     */
    public record Origin(String standard, String version, String clause, Severity severity, Optional<String> limit,
            List<String> tiers, ZoneId zone, String from, String to) {

        /** This origin with another limit: a clause whose allowance is chosen by an attribute gives each finding its own. */
        public Origin withLimit(String other) {
            return new Origin(standard, version, clause, severity, Optional.of(other), tiers, zone, from, to);
        }

        public Origin {
            requireNonNull(standard, "standard");
            requireNonNull(version, "version");
            requireNonNull(clause, "clause");
            requireNonNull(severity, "severity");
            requireNonNull(limit, "limit");
            tiers = List.copyOf(tiers);
            requireNonNull(zone, "zone");
            if ((from == null) != (to == null)) {
                throw new IllegalArgumentException("a clock names both its start and its stop event");
            }
        }
    }

    /** The columns, built: never changed again. */
    private final Builder rows;
    private final int size;
    /** The row of each element in list order, or null when rows are in list order. */
    private final int[] order;
    /** Whether the list is in report order; noted as rows are added, while they are at hand. */
    private final boolean inReportOrder;

    private FindingTable(Builder rows, int[] order, boolean inReportOrder) {
        this.rows = rows;
        this.size = rows.size;
        this.order = order;
        this.inReportOrder = inReportOrder;
    }

    /** A builder for a table; rows come in the order they are added. */
    public static Builder builder() {
        return new Builder(16);
    }

    /** A builder with room for {@code rows} rows before it grows. */
    public static Builder builder(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows " + rows + " < 0");
        }
        return new Builder(rows);
    }

    /**
     * {@code findings} in report order ({@link Finding#REPORT_ORDER}) as an unmodifiable list: a
     * table is ordered without making its findings, any other list is copied and sorted.
     */
    public static List<Finding> inReportOrder(List<Finding> findings) {
        if (findings instanceof FindingTable table) {
            return table.sorted();
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.REPORT_ORDER);
        return Collections.unmodifiableList(sorted);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Finding get(int index) {
        return finding(row(index));
    }

    private int row(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + ", size " + size);
        }
        return order == null ? index : order[index];
    }

    private Finding finding(int row) {
        Builder c = rows;
        Origin o = c.origin[row];
        Optional<Instant> deadline = c.deadlineSeconds[row] == NONE ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(c.deadlineSeconds[row], c.deadlineNanos[row]));
        Optional<Duration> measured = c.measuredSeconds[row] == NONE ? Optional.empty()
                : Optional.of(Duration.ofSeconds(c.measuredSeconds[row], c.measuredNanos[row]));
        Optional<String> escalation = c.tier[row] < 0 ? Optional.empty() : Optional.of(o.tiers().get(c.tier[row]));
        Map<String, Object> shown = c.evidence[row];
        if (shown == null) {
            Evidence.Builder clock = Evidence.builder(o.zone()).put(o.from(), c.start[row]);
            if (c.stop[row] != null) {
                clock.put(o.to(), c.stop[row]);
            }
            if (c.pausedSince[row] != null) {
                clock.put("pausedSince", c.pausedSince[row]);
            }
            shown = clock.build();
        }
        return new Finding(o.standard(), o.version(), o.clause(), c.fact[row], OUTCOMES[c.outcome[row]], o.severity(),
                deadline, measured, o.limit(), escalation, Optional.ofNullable(c.charge[row]), shown, c.position[row]);
    }

    /**
     * This table in report order: itself when its rows were added in it (as an evaluation adds
     * them). Otherwise the runs the builder noted (rows of one fact in report order among
     * themselves: an evaluation adds a fact's findings together, in clause order) are sorted by
     * fact id, and rows are sorted only where runs of one fact id meet (an id given twice, or a
     * fact's rows out of clause order). The result is that of a stable sort of the rows: rows
     * equal in report order keep their order.
     */
    FindingTable sorted() {
        if (inReportOrder) {
            return this;
        }
        // only a builder makes a table out of report order: its list is its rows, in their order
        Origin[] origin = rows.origin;
        String[] fact = rows.fact;
        int[] position = rows.position;
        // the runs the builder noted, with the keys of their ids: rows are in the order added here
        int runs = rows.runs;
        int[] runStart = Arrays.copyOf(rows.runStart, runs + 1);
        runStart[runs] = size;
        long[] head = rows.runHead;
        long[] tail = rows.runTail;
        int[] run = new int[runs];
        for (int r = 0; r < runs; r++) {
            run[r] = r;
        }
        IntSort.stable(run, (a, b) -> {
            int c = Long.compareUnsigned(head[a], head[b]);
            if (c == 0) {
                c = Long.compareUnsigned(tail[a], tail[b]);
            }
            return c != 0 ? c : compare(fact[runStart[a]], fact[runStart[b]]);
        });
        // lay the runs out in that order, noting where each begins
        int[] sorted = new int[size];
        int[] at = new int[runs + 1];
        int next = 0;
        for (int k = 0; k < runs; k++) {
            at[k] = next;
            for (int i = runStart[run[k]]; i < runStart[run[k] + 1]; i++) {
                sorted[next++] = i;
            }
        }
        at[runs] = size;
        // runs of one fact id now lie together, in their order before: sort the rows they hold
        for (int k = 0, end; k < runs; k = end) {
            end = k + 1;
            while (end < runs && head[run[end]] == head[run[k]] && tail[run[end]] == tail[run[k]]
                    && fact[sorted[at[end]]].equals(fact[sorted[at[k]]])) {
                end++;
            }
            if (end - k > 1) {
                IntSort.stable(sorted, at[k], at[end], (a, b) -> compareRows(origin, fact, position, a, b));
            }
        }
        return new FindingTable(rows, sorted, true);
    }

    /**
     * Chars {@code from} to {@code from + 3} of {@code text} in one long, 16 bits each, zero past
     * its end: longs compared unsigned order as the texts do, or tie where they share those chars
     * (or have a NUL where the other ends).
     */
    private static long chars(String text, int from) {
        long packed = 0;
        for (int i = from; i < from + 4; i++) {
            packed = packed << 16 | (i < text.length() ? text.charAt(i) : 0);
        }
        return packed;
    }

    /** {@link Finding#REPORT_ORDER}, on rows {@code a} and {@code b} of the columns given. */
    private static int compareRows(Origin[] origin, String[] fact, int[] position, int a, int b) {
        Origin x = origin[a];
        Origin y = origin[b];
        return reportOrder(fact[a], x.clause(), position[a], x.standard(), x.version(),
                fact[b], y.clause(), position[b], y.standard(), y.version());
    }

    /**
     * The report order of two findings given by their keys: fact id, then clause id, then
     * evidence position, then standard and version. The one definition of {@link Finding#REPORT_ORDER}.
     */
    public static int reportOrder(String fact, String clause, int position, String standard, String version,
            String otherFact, String otherClause, int otherPosition, String otherStandard, String otherVersion) {
        int c = compare(fact, otherFact);
        if (c == 0) {
            c = compare(clause, otherClause);
        }
        if (c == 0) {
            c = Integer.compare(position, otherPosition);
        }
        if (c == 0) {
            c = compare(standard, otherStandard);
        }
        return c != 0 ? c : compare(version, otherVersion);
    }

    /** Text order; the findings of one fact or clause share their strings, which need no reading then. */
    private static int compare(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    /**
     * Collects rows, one column an array. {@link #build} hands the columns to the table, so a
     * builder builds once. Not thread-safe.
     *
     * <p>The columns: a row's origin, fact id, outcome ordinal, tier (-1 for none) and evidence
     * position; its deadline as epoch second and nano, and the working time measured as seconds
     * and nanos ({@code NONE} seconds for none); the penalty charged (or null); its evidence, or
     * null for a clock's, which is made from the last three columns: the clock's start, stop and
     * open pause.
     */
    public static final class Builder {
        private Origin[] origin = new Origin[0];
        private String[] fact = new String[0];
        private byte[] outcome = new byte[0];
        private short[] tier = new short[0];
        private int[] position = new int[0];
        private long[] deadlineSeconds = new long[0];
        private int[] deadlineNanos = new int[0];
        private long[] measuredSeconds = new long[0];
        private int[] measuredNanos = new int[0];
        private Finding.Charge[] charge = new Finding.Charge[0];
        @SuppressWarnings("unchecked")
        private Map<String, Object>[] evidence = new Map[0];
        private Instant[] start = new Instant[0];
        private Instant[] stop = new Instant[0];
        private Instant[] pausedSince = new Instant[0];
        private int size;
        /**
         * Runs of rows: rows of one fact (one id string) in report order among themselves, noted
         * as rows are added, with the first eight chars of the fact id packed in two longs
         * ({@link #chars}): the keys the report's sort needs, read while the fact is at hand
         * (on the thread that judged it) rather than when the report is made.
         */
        private int[] runStart = new int[0];
        private long[] runHead = new long[0];
        private long[] runTail = new long[0];
        private int runs;
        /** Tables added whole, not yet copied: copied once, when a row comes alone or the table is built. */
        private final List<FindingTable> taken = new ArrayList<>();
        private int takenRows;
        private boolean inReportOrder = true;
        private boolean built;

        private Builder(int rows) {
            ensureCapacity(rows);
        }

        /**
         * Adds a time limit's finding, whose evidence is its clock's start, stop and open pause.
         *
         * @param tier        the index in {@code origin}'s tiers of the highest tier reached, or -1
         * @param charge      the penalty charged, or null
         * @param deadline    when the allowance runs out, or null
         * @param stop        when the clock stopped, or null
         * @param pausedSince when an open pause began, or null
         */
        public Builder addClock(Origin origin, String fact, Outcome outcome, int tier, Finding.Charge charge,
                Instant deadline, Duration measured, Instant start, Instant stop, Instant pausedSince) {
            return addClock(origin, fact, outcome, tier, charge, deadline, measured, start, stop, pausedSince, 0);
        }

        /** {@link #addClock(Origin, String, Outcome, int, Finding.Charge, Instant, Duration, Instant, Instant, Instant)}
         * for one of several clocks of a fact and clause, at {@code position}. */
        public Builder addClock(Origin origin, String fact, Outcome outcome, int tier, Finding.Charge charge,
                Instant deadline, Duration measured, Instant start, Instant stop, Instant pausedSince, int position) {
            if (origin.from() == null) {
                throw new IllegalArgumentException("clause " + origin.clause() + " has no clock");
            }
            int row = add(origin, fact, outcome, tier, charge, position);
            if (deadline != null) {
                deadlineSeconds[row] = deadline.getEpochSecond();
                deadlineNanos[row] = deadline.getNano();
            }
            measuredSeconds[row] = measured.getSeconds();
            measuredNanos[row] = measured.getNano();
            this.start[row] = requireNonNull(start, "start");
            this.stop[row] = stop;
            this.pausedSince[row] = pausedSince;
            return this;
        }

        /** Adds a finding without a clock; {@code evidence} is kept as it is (the library's is immutable). */
        public Builder add(Origin origin, String fact, Outcome outcome, Finding.Charge charge, int position,
                Evidence evidence) {
            int row = add(origin, fact, outcome, -1, charge, position);
            this.evidence[row] = requireNonNull(evidence, "evidence");
            return this;
        }

        /**
         * Adds {@code findings} in their order; a table's rows are copied (when the next row comes
         * alone or the table is built, so that chunks of an evaluation are copied once, into
         * columns of the final size), any other finding is taken apart.
         */
        public Builder addAll(List<Finding> findings) {
            if (findings instanceof FindingTable table) {
                checkOpen();
                if (!table.isEmpty()) {
                    taken.add(table);
                    takenRows += table.size;
                }
            } else {
                findings.forEach(this::takeApart);
            }
            return this;
        }

        /** Adds any finding: its origin is its own. */
        private void takeApart(Finding f) {
            Origin o = new Origin(f.standard(), f.version(), f.clause(), f.severity(), f.limit(),
                    f.escalation().stream().toList(), java.time.ZoneOffset.UTC, null, null);
            int row = add(o, f.fact(), f.outcome(), f.escalation().isPresent() ? 0 : -1,
                    f.penalty().orElse(null), f.position());
            f.deadline().ifPresent(d -> {
                deadlineSeconds[row] = d.getEpochSecond();
                deadlineNanos[row] = d.getNano();
            });
            f.measured().ifPresent(m -> {
                measuredSeconds[row] = m.getSeconds();
                measuredNanos[row] = m.getNano();
            });
            // a record's evidence is unmodifiable already
            evidence[row] = f.evidence();
        }

        private int add(Origin origin, String fact, Outcome outcome, int tier, Finding.Charge charge, int position) {
            requireNonNull(origin, "origin");
            requireNonNull(fact, "fact");
            requireNonNull(outcome, "outcome");
            if (tier < -1 || tier >= origin.tiers().size()) {
                throw new IllegalArgumentException("clause " + origin.clause() + " has no tier " + tier);
            }
            grow(1);
            int row = size++;
            this.origin[row] = origin;
            this.fact[row] = fact;
            this.outcome[row] = (byte) outcome.ordinal();
            this.tier[row] = (short) tier;
            this.position[row] = position;
            this.deadlineSeconds[row] = NONE;
            this.measuredSeconds[row] = NONE;
            this.charge[row] = charge;
            noteRow(row);
            return row;
        }

        /**
         * Notes, for {@code row} just written after the row before it, whether the rows stay in
         * report order and whether it begins a run.
         */
        private void noteRow(int row) {
            int c = row == 0 ? 0 : compareRows(origin, fact, position, row - 1, row);
            if (c > 0) {
                inReportOrder = false;
            }
            if (row == 0 || c > 0 || fact[row] != fact[row - 1]) {
                beginRun(row);
            }
        }

        private void beginRun(int row) {
            if (runs == runStart.length) {
                resizeRuns(runs + Math.max(runs >> 1, 16));
            }
            runStart[runs] = row;
            runHead[runs] = chars(fact[row], 0);
            runTail[runs] = chars(fact[row], 4);
            runs++;
        }

        private void resizeRuns(int capacity) {
            runStart = Arrays.copyOf(runStart, capacity);
            runHead = Arrays.copyOf(runHead, capacity);
            runTail = Arrays.copyOf(runTail, capacity);
        }

        /** Copies the tables taken whole into the columns, which grow to hold them exactly. */
        private void copyTaken() {
            if (taken.isEmpty()) {
                return;
            }
            ensureCapacity(size + takenRows);
            int moreRuns = 0;
            for (FindingTable table : taken) {
                moreRuns += table.order == null ? table.rows.runs : table.size;
            }
            if (runs + moreRuns > runStart.length) {
                resizeRuns(runs + moreRuns);
            }
            for (FindingTable table : taken) {
                if (table.order == null) {
                    // the table's own order and runs hold; its first row begins a run here too
                    int first = size;
                    copy(table, 0, table.size);
                    if (first > 0 && compareRows(origin, fact, position, first - 1, first) > 0) {
                        inReportOrder = false;
                    }
                    inReportOrder &= table.inReportOrder;
                    for (int r = 0; r < table.rows.runs; r++) {
                        runStart[runs] = first + table.rows.runStart[r];
                        runHead[runs] = table.rows.runHead[r];
                        runTail[runs] = table.rows.runTail[r];
                        runs++;
                    }
                } else {
                    for (int i = 0; i < table.size; i++) {
                        copy(table, table.order[i], 1);
                        noteRow(size - 1);
                    }
                }
            }
            taken.clear();
            takenRows = 0;
        }

        /** Copies {@code count} rows of {@code table} from {@code from}; the columns have room. */
        private void copy(FindingTable table, int from, int count) {
            System.arraycopy(table.rows.origin, from, origin, size, count);
            System.arraycopy(table.rows.fact, from, fact, size, count);
            System.arraycopy(table.rows.outcome, from, outcome, size, count);
            System.arraycopy(table.rows.tier, from, tier, size, count);
            System.arraycopy(table.rows.position, from, position, size, count);
            System.arraycopy(table.rows.deadlineSeconds, from, deadlineSeconds, size, count);
            System.arraycopy(table.rows.deadlineNanos, from, deadlineNanos, size, count);
            System.arraycopy(table.rows.measuredSeconds, from, measuredSeconds, size, count);
            System.arraycopy(table.rows.measuredNanos, from, measuredNanos, size, count);
            System.arraycopy(table.rows.charge, from, charge, size, count);
            System.arraycopy(table.rows.evidence, from, evidence, size, count);
            System.arraycopy(table.rows.start, from, start, size, count);
            System.arraycopy(table.rows.stop, from, stop, size, count);
            System.arraycopy(table.rows.pausedSince, from, pausedSince, size, count);
            size += count;
        }

        private void checkOpen() {
            if (built) {
                throw new IllegalStateException("built already");
            }
        }

        /** Makes room for {@code more} rows, growing by half at least; tables taken whole are copied first. */
        private void grow(int more) {
            checkOpen();
            copyTaken();
            if (size + more > fact.length) {
                ensureCapacity(Math.max(size + more, fact.length + Math.max(fact.length >> 1, 16)));
            }
        }

        /** Makes the columns hold {@code capacity} rows exactly, unless they hold that many already. */
        private void ensureCapacity(int capacity) {
            if (capacity <= fact.length) {
                return;
            }
            origin = Arrays.copyOf(origin, capacity);
            fact = Arrays.copyOf(fact, capacity);
            outcome = Arrays.copyOf(outcome, capacity);
            tier = Arrays.copyOf(tier, capacity);
            position = Arrays.copyOf(position, capacity);
            deadlineSeconds = Arrays.copyOf(deadlineSeconds, capacity);
            deadlineNanos = Arrays.copyOf(deadlineNanos, capacity);
            measuredSeconds = Arrays.copyOf(measuredSeconds, capacity);
            measuredNanos = Arrays.copyOf(measuredNanos, capacity);
            charge = Arrays.copyOf(charge, capacity);
            evidence = Arrays.copyOf(evidence, capacity);
            start = Arrays.copyOf(start, capacity);
            stop = Arrays.copyOf(stop, capacity);
            pausedSince = Arrays.copyOf(pausedSince, capacity);
        }

        /** The rows added so far. */
        public int size() {
            return size + takenRows;
        }

        /** The table of the rows added, in the order added; the builder takes no more. */
        public FindingTable build() {
            checkOpen();
            copyTaken();
            if (runs < runStart.length) {
                // a table may be kept long (a chunk's, until the report is built): no slack
                resizeRuns(runs);
            }
            built = true;
            return new FindingTable(this, null, inReportOrder);
        }
    }
}
