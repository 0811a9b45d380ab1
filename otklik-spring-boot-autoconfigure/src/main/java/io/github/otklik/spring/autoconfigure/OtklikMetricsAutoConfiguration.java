package io.github.otklik.spring.autoconfigure;

import io.github.otklik.spring.actuate.MicrometerIntakeListener;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The intake's Micrometer meters ({@link MicrometerIntakeListener}) in the application's
 * {@link MeterRegistry}, when it has one.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration", // Boot 4
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"}, // Boot 3
        before = OtklikIntakeAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class OtklikMetricsAutoConfiguration {
    /** Created by Spring. */
    public OtklikMetricsAutoConfiguration() {
    }

    /**
     * The meters.
     *
     * @param registry the application's registry
     * @return the listener the intake tells of each post
     */
    @Bean
    @ConditionalOnMissingBean
    public MicrometerIntakeListener otklikIntakeMetrics(MeterRegistry registry) {
        return new MicrometerIntakeListener(registry);
    }
}
