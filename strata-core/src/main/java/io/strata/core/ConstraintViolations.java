package io.strata.core;

import java.sql.SQLException;
import java.util.function.Predicate;

import io.strata.core.internal.database.DatabaseTypes;

/**
 * Recognizes an error that a database constraint raised, whatever the driver and Hibernate's wrapping,
 * on every database Strata knows: the SQL state where the database reports one, the database's own
 * code where it does not (SQLite).
 *
 * <pre>{@code
 * app.exception(PersistenceException.class, (e, ctx) -> {
 *     if (ConstraintViolations.isAny(e)) {
 *         ctx.status(409).result("The change conflicts with existing data.");
 *     } else {
 *         throw e;
 *     }
 * });
 * }</pre>
 */
public final class ConstraintViolations {

    /** The SQL standard's {@code unique_violation}. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** The SQL standard's class of integrity constraint violations. */
    private static final String INTEGRITY_CLASS = "23";

    private ConstraintViolations() {
    }

    /** Whether {@code e} or one of its causes says a unique constraint or primary key refused a row. */
    public static boolean isUnique(Throwable e) {
        return anySqlCause(e, sql -> UNIQUE_VIOLATION.equals(sql.getSQLState())
                || DatabaseTypes.all().stream().anyMatch(type -> type.isUniqueViolation(sql)));
    }

    /**
     * Whether {@code e} or one of its causes says any constraint (unique, primary key, foreign key,
     * not null, check) refused the work.
     */
    public static boolean isAny(Throwable e) {
        return anySqlCause(e, sql -> (sql.getSQLState() != null && sql.getSQLState().startsWith(INTEGRITY_CLASS))
                || DatabaseTypes.all().stream().anyMatch(type -> type.isConstraintViolation(sql)));
    }

    private static boolean anySqlCause(Throwable e, Predicate<SQLException> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && test.test(sql)) {
                return true;
            }
        }
        return false;
    }
}
