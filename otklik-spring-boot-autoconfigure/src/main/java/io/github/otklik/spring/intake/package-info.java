/**
 * The survey intake: {@link io.github.otklik.spring.intake.ResponseIntake} checks and stores posted
 * responses, {@link io.github.otklik.spring.intake.IntakeHandler} serves it over HTTP, with a
 * rate-limit hook and a listener for metrics.
 */
package io.github.otklik.spring.intake;
