package io.github.otklik.spring.intake;

/**
 * Told of every post the intake answers, with the time it took (metrics, audit). Must be
 * thread-safe and quick; an exception it throws is ignored.
 */
@FunctionalInterface
public interface IntakeListener {
    /**
     * Called once per post, after the answer is decided.
     *
     * @param result what the intake did
     * @param nanos how long it took, from the request to the answer, in nanoseconds
     */
    void onResult(IntakeResult result, long nanos);

    /** @return a listener that does nothing */
    static IntakeListener none() {
        return (result, nanos) -> { };
    }
}
