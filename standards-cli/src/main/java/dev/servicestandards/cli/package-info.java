/**
 * The {@code standards} command line ({@link dev.servicestandards.cli.StandardsCommand}): validate, compile,
 * evaluate, monitor, diff, test and draft. An application, not a library: its classes are not API; embed the
 * library through {@code standards-core} and {@code standards-rules} instead.
 */
package dev.servicestandards.cli;
