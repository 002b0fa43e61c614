/**
 * Compiling standards into Drools rule sets and running them. Start at
 * {@link dev.servicestandards.rules.api.RuleSets}: a {@link dev.servicestandards.rules.api.RuleSet} evaluates a
 * batch of facts as of an instant into a {@link dev.servicestandards.api.Report}, and a
 * {@link dev.servicestandards.rules.api.LiveMonitor} follows events as they come and reports each
 * {@link dev.servicestandards.rules.api.Escalation} when it falls due. A
 * {@link dev.servicestandards.rules.api.Catalog} holds several standards and their revisions.
 *
 * <p>No Drools type appears in this package's signatures: the engine is an implementation detail.
 *
 * <p>Types here are immutable and thread-safe unless their documentation says otherwise (a live monitor is
 * not). Null arguments are not accepted unless a method's documentation says so. Packages named
 * {@code internal} are not API and may change in any release.
 */
package dev.servicestandards.rules.api;
