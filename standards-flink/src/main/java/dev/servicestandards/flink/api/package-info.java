/**
 * The standards' rule sets on Apache Flink. {@link dev.servicestandards.flink.api.LiveEscalations}
 * turns a stream of live event lines into escalations, each fact a key whose next due tier is an
 * event-time timer, judged by the same rules as {@link dev.servicestandards.rules.api.LiveMonitor};
 * {@link dev.servicestandards.flink.api.BatchAudit} evaluates a facts file on a cluster into the
 * {@link dev.servicestandards.api.Report} that {@code standards evaluate} writes. Both load the rule
 * set once per task from the standard's KJAR. See docs/scale-out.md.
 *
 * <p>Packages named {@code internal} are not API and may change in any release.
 */
package dev.servicestandards.flink.api;
