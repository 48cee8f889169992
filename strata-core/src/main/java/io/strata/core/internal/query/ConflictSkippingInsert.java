package io.strata.core.internal.query;

import java.util.function.UnaryOperator;

import org.hibernate.HibernateException;
import org.hibernate.id.insert.InsertReturningDelegate;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The insert of get-or-create as PostgreSQL's {@code INSERT … ON CONFLICT DO NOTHING RETURNING …}: a row a
 * unique constraint refuses is skipped instead of failing the statement, so the caller's transaction needs
 * no savepoint around it (two round trips fewer). Hibernate writes and binds the insert as always; this only
 * adds the clause to the statement's SQL, through the stateless session's statement inspector.
 *
 * <p>Only for an entity whose row is one table's and whose key the insert returns ({@link #supports}):
 * there, a skipped row is an insert that returned no key, which Hibernate reports as a plain
 * {@link HibernateException} ({@link #skipped}). Any other statement reaching the inspector is refused
 * before it runs ({@link UnexpectedStatement}), and the caller falls back to the savepoint.
 */
final class ConflictSkippingInsert {

    /** The start of Hibernate's message for an insert that returned no generated key (Hibernate 7.4). */
    private static final String NO_KEY_RETURNED = "The database returned no natively generated";
    private static final String RETURNING = " returning ";

    /** Adds {@code on conflict do nothing} before the insert's {@code returning} clause. */
    static final UnaryOperator<String> SQL = sql -> {
        int returning = sql.lastIndexOf(RETURNING);
        if (!sql.startsWith("insert into ") || returning < 0) {
            throw new UnexpectedStatement(sql);
        }
        return sql.substring(0, returning) + " on conflict do nothing" + sql.substring(returning);
    };

    private ConflictSkippingInsert() {
    }

    /** Whether this entity's insert is one statement on one table that returns the generated key. */
    static boolean supports(EntityPersister persister) {
        return persister instanceof AbstractEntityPersister table && table.getTableSpan() == 1
                && table.getInsertDelegate() instanceof InsertReturningDelegate;
    }

    /** Whether {@code e} is Hibernate's report of an insert that returned no key: the row was skipped. */
    static boolean skipped(HibernateException e) {
        return e.getClass() == HibernateException.class && e.getMessage() != null
                && e.getMessage().startsWith(NO_KEY_RETURNED);
    }

    /**
     * Whether {@code e} is, or was caused by, the inspector refusing a statement of another shape: nothing ran,
     * and the insert may be made again another way.
     */
    static boolean refusedBeforeRunning(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnexpectedStatement) {
                return true;
            }
        }
        return false;
    }

    /** A statement other than the single insert with a returning clause: refused before it runs. */
    static final class UnexpectedStatement extends RuntimeException {
        UnexpectedStatement(String sql) {
            super("Not an insert returning its key: " + sql);
        }
    }
}
