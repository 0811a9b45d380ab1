package io.github.otklik.spring.actuate;

import io.github.otklik.spring.intake.IntakeListener;
import io.github.otklik.spring.intake.IntakeResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The intake's Micrometer meters, named as Micrometer recommends (dotted, lower case, no unit in the
 * name; each registry renders them its way, e.g. {@code otklik_responses_accepted_total} in
 * Prometheus):
 * <ul>
 * <li>{@value #ACCEPTED} (counter; tags {@code form}, {@code outcome} = {@code stored} | {@code repeated})</li>
 * <li>{@value #REJECTED} (counter; tags {@code form}, {@code reason} = the {@link io.github.otklik.spring.intake.RejectReason} tag)</li>
 * <li>{@value #LATENCY} (timer of each post from request to answer; tags {@code form}, {@code outcome} =
 *     {@code stored} | {@code repeated} | {@code rejected})</li>
 * </ul>
 * The {@code form} tag is a form of the catalog or {@code unknown}, so posts to made-up ids cannot
 * multiply the series.
 */
public final class MicrometerIntakeListener implements IntakeListener {
    /** Responses taken. */
    public static final String ACCEPTED = "otklik.responses.accepted";
    /** Posts refused. */
    public static final String REJECTED = "otklik.responses.rejected";
    /** Intake latency. */
    public static final String LATENCY = "otklik.intake.requests";

    private final MeterRegistry registry;

    /**
     * Meters in {@code registry}.
     *
     * @param registry the application's registry
     */
    public MicrometerIntakeListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void onResult(IntakeResult result, long nanos) {
        String outcome;
        if (result instanceof IntakeResult.Rejected r) {
            outcome = "rejected";
            Counter.builder(REJECTED).description("Survey responses refused by the Otklik intake")
                    .tag("form", r.form()).tag("reason", r.reason().tag()).register(registry).increment();
        } else {
            outcome = result instanceof IntakeResult.Stored ? "stored" : "repeated";
            Counter.builder(ACCEPTED).description("Survey responses taken by the Otklik intake")
                    .tag("form", result.form()).tag("outcome", outcome).register(registry).increment();
        }
        Timer.builder(LATENCY).description("Time the Otklik intake took to answer a post")
                .tag("form", result.form()).tag("outcome", outcome).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }
}
