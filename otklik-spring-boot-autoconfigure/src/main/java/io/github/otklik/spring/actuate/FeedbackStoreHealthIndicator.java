package io.github.otklik.spring.actuate;

import io.github.otklik.jdbc.FeedbackStore;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.util.Objects;

/**
 * The health of the feedback store ({@code /actuator/health/otklik}): UP when a query on its
 * tables answers (the number of the agency's stored forms is the detail), DOWN with the store's
 * one-line reason otherwise (it never names a password).
 */
public final class FeedbackStoreHealthIndicator extends AbstractHealthIndicator {
    private final FeedbackStore store;

    /**
     * The indicator of {@code store}.
     *
     * @param store the store
     */
    public FeedbackStoreHealthIndicator(FeedbackStore store) {
        super("the Otklik feedback store is unavailable");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("storedForms", store.storedForms().size());
    }
}
