package io.strata.core;

import java.sql.SQLException;
import java.util.Optional;
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

    /**
     * What constraint {@code e} or one of its causes says refused the work: its kind, and the table, columns
     * and constraint name where the database's error names them (each database words them its own way);
     * empty when no cause is a constraint violation.
     *
     * <pre>{@code
     * ConstraintViolations.find(e).filter(v -> v.kind() == ConstraintViolation.Kind.UNIQUE)
     *         .ifPresent(v -> ctx.status(409).result("taken: " + v.columns()));
     * }</pre>
     */
    public static Optional<ConstraintViolation> find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                Optional<ConstraintViolation> described = DatabaseTypes.all().stream()
                        .map(type -> type.constraintViolation(sql))
                        .flatMap(Optional::stream)
                        .findFirst();
                if (described.isPresent()) {
                    return described;
                }
                if (isAny(sql)) {
                    return Optional.of(ConstraintViolation.of(kindOfState(sql.getSQLState())));
                }
            }
        }
        return Optional.empty();
    }

    /** The kind the SQL standard's state says, when the database gave no more. */
    private static ConstraintViolation.Kind kindOfState(String state) {
        if (state == null) {
            return ConstraintViolation.Kind.OTHER;
        }
        return switch (state) {
            case UNIQUE_VIOLATION -> ConstraintViolation.Kind.UNIQUE;
            case "23502" -> ConstraintViolation.Kind.NOT_NULL;
            case "23503" -> ConstraintViolation.Kind.FOREIGN_KEY;
            case "23514" -> ConstraintViolation.Kind.CHECK;
            default -> ConstraintViolation.Kind.OTHER;
        };
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
