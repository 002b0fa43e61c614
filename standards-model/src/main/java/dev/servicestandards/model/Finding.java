package dev.servicestandards.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of one clause for one fact, as the clause's rules decide it: inserted by the rule
 * that decides met, violated or pending, then given the highest escalation tier reached and what
 * it costs by the rules that decide those. A query ({@code findings}) reads them back. Mutable
 * only through those rules ({@code modify}); otherwise treat it as a value.
 */
public final class Finding {

    private final Clause clause;
    private final Fact fact;
    private final Outcome outcome;
    private final int position;
    private final Object evidence;
    private final Reading reading;
    private String escalation;
    private int tiersReached;
    private Charge charge;

    private Finding(Clause clause, Fact fact, Outcome outcome, int position, Object evidence, Reading reading) {
        this.clause = requireNonNull(clause, "clause");
        this.fact = requireNonNull(fact, "fact");
        this.outcome = requireNonNull(outcome, "outcome");
        this.position = position;
        this.evidence = evidence;
        this.reading = reading;
    }

    /** A time limit's finding, from its clock. */
    public static Finding of(Clock clock, Outcome outcome) {
        return new Finding(clock.getDefinition(), clock.getFact(), outcome, clock.getOccurrence(), clock, clock);
    }

    /** A forbidden phrase said: a violation, at the occurrence's position. */
    public static Finding said(Scan scan, Said said) {
        return new Finding(scan.getDefinition(), scan.getFact(), Outcome.VIOLATED, said.position(), said, scan);
    }

    /** A conversation scanned clean: met. */
    public static Finding clean(Scan scan) {
        return new Finding(scan.getDefinition(), scan.getFact(), Outcome.MET, 0, null, scan);
    }

    /** A required phrase looked for. */
    public static Finding of(Presence presence, Outcome outcome) {
        return new Finding(presence.getDefinition(), presence.getFact(), outcome, 0, presence, presence);
    }

    /** A limit's finding; the evidence is the attribute's value. */
    public static Finding of(Limit limit, Fact fact, Outcome outcome) {
        return new Finding(limit, fact, outcome, 0, fact.number(limit.getAttribute()), null);
    }

    /** A required-fields finding; the evidence is the fields missing or blank. */
    public static Finding of(RequiredFields fields, Fact fact, Outcome outcome) {
        return new Finding(fields, fact, outcome, 0, fields.missing(fact), null);
    }

    /**
     * A repeat clause's finding of one occurrence: violated when more than the clause allows came
     * before it within the window; the evidence is the earlier occurrences' fact ids, in date order.
     */
    public static Finding of(Occurrence occurrence, Outcome outcome, List<Occurrence> earlier) {
        return new Finding(occurrence.getDefinition(), occurrence.getFact(), outcome, 0, Occurrence.ids(earlier), occurrence);
    }

    /** The clause's id. */
    public String getClause() {
        return clause.getId();
    }

    public Clause getDefinition() {
        return clause;
    }

    public Fact getFact() {
        return fact;
    }

    public String getFactId() {
        return fact.id();
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** Order of several findings of one clause for one fact (0 for the first). */
    public int getPosition() {
        return position;
    }

    /**
     * What Java measured for this finding (a {@link Clock}, the {@link Scan} of a conversation, a
     * {@link Presence}), or null for a kind the rules decide from the fact itself; the findings of
     * one scan share it, so rules can count them ({@code reading == $reading}).
     */
    public Reading getReading() {
        return reading;
    }

    /** The clock of a time limit's finding, else null. */
    public Clock getClock() {
        return evidence instanceof Clock clock ? clock : null;
    }

    /**
     * What supports the outcome: the {@link Clock}, the {@link Said} occurrence, the
     * {@link Presence}, the limit attribute's value ({@link BigDecimal}), the missing fields
     * ({@link List} of names); null for a clean scan.
     */
    public Object getEvidence() {
        return evidence;
    }

    /** The highest escalation tier reached, or null. */
    public String getEscalation() {
        return escalation;
    }

    /** Records the highest tier reached, for the tier rules. */
    public void setEscalation(String tier) {
        int index = clause instanceof TimeLimit limit ? limit.getTiers().indexOf(tier) : -1;
        if (index < 0) {
            throw new IllegalArgumentException("clause " + clause.getId() + " has no tier " + tier);
        }
        this.escalation = tier;
        this.tiersReached = index + 1;
    }

    /** How many escalation tiers were reached (the highest's place in the clause's order). */
    public int getTiersReached() {
        return tiersReached;
    }

    /** What the finding costs, or null. */
    public Charge getCharge() {
        return charge;
    }

    /** Records what the finding costs, for the penalty rules. */
    public void setCharge(Charge charge) {
        this.charge = requireNonNull(charge, "charge");
    }

    @Override
    public String toString() {
        return "Finding[" + clause.getId() + ", " + fact.id() + ", " + outcome.label() + (position > 0 ? " #" + position : "")
                + (escalation == null ? "" : ", at " + escalation) + (charge == null ? "" : ", " + charge) + "]";
    }
}
