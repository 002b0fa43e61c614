/**
 * Spring Boot auto-configuration for service standards: {@link dev.servicestandards.spring.StandardsAutoConfiguration}
 * loads the standards named by the {@code standards.*} properties ({@link dev.servicestandards.spring.StandardsProperties})
 * into a {@link dev.servicestandards.spring.StandardsRegistry}, evaluates facts with a
 * {@link dev.servicestandards.spring.StandardsEvaluator}, follows live events with an
 * {@link dev.servicestandards.spring.EscalationMonitor} that publishes
 * {@link dev.servicestandards.spring.EscalationFired} application events, and exposes metrics and an actuator
 * endpoint when the application has them.
 *
 * <p>Packages named {@code internal} are not API and may change in any release.
 */
package dev.servicestandards.spring;
