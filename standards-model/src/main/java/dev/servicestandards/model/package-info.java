/**
 * The facts a generated rule set runs on, and what the rules give back: {@link dev.servicestandards.model.Fact}
 * (a ticket or an interaction) with its {@link dev.servicestandards.model.Event}s and
 * {@link dev.servicestandards.model.Utterance}s, the clause kinds the rules are generated from, the findings and
 * readings they insert, and business calendars with the official PRC arrangements. No Drools and no YAML here.
 *
 * <p>A fact built in code is held to the rules a fact read from JSON Lines is held to (see
 * {@link dev.servicestandards.model.Fact}): any {@link java.lang.Number} is kept as the decimal its JSON form
 * reads as, and type names, field names and event names are compared exactly, case included.
 *
 * <p>Types here are immutable and thread-safe unless their documentation says otherwise. Null arguments are not
 * accepted unless a method's documentation says so. Packages named {@code internal} are not API and may change
 * in any release.
 */
package dev.servicestandards.model;
