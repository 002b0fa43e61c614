package dev.servicestandards.model;

/**
 * What Java measured of one fact for one clause, when a rule asked: a clock, a scan of a
 * conversation, a required phrase looked for, or why it could not be measured. Readings are
 * inserted by the rules that ask for them, logically: they hold as long as the fact does.
 */
public sealed interface Reading permits Clock, Scan, Presence, NotJudged, Occurrence {

    /** The id of the clause measured. */
    String getClause();

    /** The clause measured. */
    Clause getDefinition();

    /** The fact measured. */
    Fact getFact();
}
