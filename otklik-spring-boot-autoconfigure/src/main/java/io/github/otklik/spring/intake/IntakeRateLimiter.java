package io.github.otklik.spring.intake;

/**
 * The per-client rate-limit hook of the intake: asked before a post is read. Define a bean of this
 * type (a token bucket per address, a gateway's verdict…) to replace the default, which lets every
 * post through. Must be thread-safe. A refused post gets 429 and is counted as
 * {@code rate-limited}; the client's address is never stored with a response.
 */
@FunctionalInterface
public interface IntakeRateLimiter {
    /**
     * Whether this post may go on.
     *
     * @param client the form and the client's address
     * @return {@code true} to take the post, {@code false} to answer 429
     */
    boolean tryAcquire(IntakeClient client);

    /** @return a limiter that lets every post through */
    static IntakeRateLimiter unlimited() {
        return client -> true;
    }
}
