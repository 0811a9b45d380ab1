package io.github.otklik.jdbc;

/**
 * The database failed: it could not be reached, a statement failed, or a transaction could not be
 * committed after the store's retries. The store has rolled back the work in hand before throwing;
 * what was committed earlier stays. The message names the operation; the cause is the driver's
 * {@link java.sql.SQLException} when there is one.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message and its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception with a message. */
    public StoreException(String message) {
        super(message);
    }
}
