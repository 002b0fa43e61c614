/**
 * Reading, validating and reporting on service standards. Start at {@link dev.servicestandards.api.Standards}
 * to load a standard (YAML; a standard is data, and loading it never runs code it contains), at
 * {@link dev.servicestandards.api.Facts} to read facts from JSON Lines, and at
 * {@link dev.servicestandards.api.Report} and {@link dev.servicestandards.api.ReportFormat} for the results.
 *
 * <p>Every problem in a standard is a {@link dev.servicestandards.api.Problem} with a
 * {@link dev.servicestandards.api.SourceLocation} and a stable {@link dev.servicestandards.api.ProblemCode};
 * loading collects all of them into a {@link dev.servicestandards.api.ValidationReport}. A fact line that breaks
 * the rules is a {@link dev.servicestandards.api.Rejection}, reported with its line number, and the other lines
 * are still read.
 *
 * <p>Types here are immutable and thread-safe unless their documentation says otherwise. Null arguments are not
 * accepted unless a method's documentation says so. Packages named {@code internal} are not API and may change
 * in any release.
 */
package dev.servicestandards.api;
