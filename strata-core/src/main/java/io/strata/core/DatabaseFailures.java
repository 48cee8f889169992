package io.strata.core;

import java.sql.SQLException;

import io.strata.core.internal.database.DatabaseTypes;

/**
 * Recognizes a failure that says the database cannot do the work now but may shortly, whatever the
 * driver and Hibernate's wrapping: unreachable, or, in the database's own report, locked by another
 * process past the busy timeout ({@link Database.Builder#busyTimeout}), full, unreadable, gone or
 * damaged. The work was not saved (its connection was closed, rolling it back), so a web layer answers
 * 503 with {@code Retry-After}, as the Javalin plugin does.
 *
 * <pre>{@code
 * app.exception(PersistenceException.class, (e, ctx) -> {
 *     if (DatabaseFailures.isUnavailable(e)) {
 *         ctx.status(503).header("Retry-After", "5").result("Try again shortly.");
 *     } else {
 *         throw e;
 *     }
 * });
 * }</pre>
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** Whether {@code e} or one of its causes says the database cannot do the work now but may shortly. */
    public static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseUnreachableException) {
                return true;
            }
            if (t instanceof SQLException sql && DatabaseTypes.all().stream().anyMatch(type -> type.isUnavailable(sql))) {
                return true;
            }
        }
        return false;
    }
}
