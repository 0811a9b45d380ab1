/**
 * Spring Boot auto-configuration of Otklik: {@link io.github.otklik.spring.autoconfigure.OtklikProperties}
 * ({@code otklik.*}), the core beans, the intake endpoint, health and metrics.
 */
package io.github.otklik.spring.autoconfigure;
