/**
 * Testing standards: conformance scenario files run from JUnit 5 or from {@code standards test}
 * ({@link dev.servicestandards.test.Scenarios}), and AssertJ assertions on reports and findings
 * ({@link dev.servicestandards.test.StandardsAssertions}).
 *
 * <p>Null arguments are not accepted unless a method's documentation says so.
 */
package dev.servicestandards.test;
