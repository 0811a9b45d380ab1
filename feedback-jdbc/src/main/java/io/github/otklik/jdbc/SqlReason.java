package io.github.otklik.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * The database's reason for a failure in one line, fit for an error message or a reject: never the
 * SQL text, never the parameters of a batch. Drivers put both into their messages: H2 appends
 * {@code ; SQL statement: …} and its error code, PostgreSQL's batch error starts with the whole
 * statement and its values ({@code Batch entry 0 INSERT … was aborted: …}) and adds
 * {@code Detail:} lines with the row. This keeps the first line of the most specific exception,
 * cut at the first of those, at most {@value #MAX} characters, and its SQL state.
 */
final class SqlReason {
    static final int MAX = 200;

    private static final Pattern H2_CODE = Pattern.compile("\\s*\\[\\d{4,6}-\\d+]\\s*$");
    private static final Pattern PG_BATCH = Pattern.compile("^Batch entry \\d+ .* was aborted: ", Pattern.DOTALL);

    private SqlReason() {
    }

    /** The one-line reason of {@code failure} and its causes. */
    static String of(Throwable failure) {
        SQLException sql = mostSpecific(failure);
        Throwable source = sql != null ? sql : root(failure);
        String text = clean(source.getMessage() == null ? source.getClass().getSimpleName() : source.getMessage());
        String state = sql == null ? null : sql.getSQLState();
        return state == null || state.isEmpty() ? text : text + " (SQL state " + state + ")";
    }

    /** The innermost SQL exception: a batch's first error rather than the batch, a cause rather than its wrapper. */
    private static SQLException mostSpecific(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException s) {
                found = s;
                SQLException next = s.getNextException();
                if (next != null && (s instanceof BatchUpdateException || s.getMessage() == null
                        || s.getMessage().startsWith("Batch entry"))) {
                    found = next;
                }
            }
        }
        return found;
    }

    private static Throwable root(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? failure : t;
    }

    static String clean(String message) {
        String m = PG_BATCH.matcher(message).replaceFirst("");
        int cut = m.indexOf("Call getNextException");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        cut = m.indexOf("; SQL statement:");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        int line = m.indexOf('\n');
        if (line >= 0) {
            m = m.substring(0, line);
        }
        m = H2_CODE.matcher(m).replaceFirst("").strip();
        if (m.startsWith("ERROR: ")) {
            m = m.substring("ERROR: ".length());
        }
        if (m.length() > MAX) {
            m = m.substring(0, MAX - 1) + "…";
        }
        return m.isEmpty() ? "no reason given" : m;
    }
}
