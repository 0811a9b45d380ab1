package io.github.otklik.spring.autoconfigure;

import io.github.otklik.jdbc.FeedbackStore;
import io.github.otklik.spring.actuate.FeedbackStoreHealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The store's health contributor {@code otklik} (Spring Boot 4's {@code spring-boot-health}, which
 * Actuator brings), unless {@code management.health.otklik.enabled=false} or the application
 * defines a bean named {@code otklikHealthIndicator}.
 */
@AutoConfiguration(after = OtklikAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(FeedbackStore.class)
@ConditionalOnEnabledHealthIndicator("otklik")
public class OtklikHealthAutoConfiguration {
    /** Created by Spring. */
    public OtklikHealthAutoConfiguration() {
    }

    /**
     * The indicator.
     *
     * @param store the store
     * @return the indicator, named {@code otklik} in {@code /actuator/health}
     */
    @Bean
    @ConditionalOnMissingBean(name = "otklikHealthIndicator")
    public HealthIndicator otklikHealthIndicator(FeedbackStore store) {
        return new FeedbackStoreHealthIndicator(store);
    }
}
