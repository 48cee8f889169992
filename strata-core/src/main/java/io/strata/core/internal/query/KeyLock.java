package io.strata.core.internal.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import org.hibernate.Session;

import io.strata.StrataException;
import io.strata.core.internal.boot.NamingConvention;
import io.strata.core.internal.url.DatabaseKind;

/**
 * Serializes the create path of get-or-create for one key where the database needs it.
 *
 * <p>On MariaDB/InnoDB a failed duplicate insert leaves a shared lock on the existing row that the
 * rollback of the failed statement does not release; two callers holding it that then update the
 * row deadlock, and InnoDB rolls back their whole transactions. A named lock ({@code GET_LOCK}) per
 * table and filter, held only while one call inserts, lets at most one caller at a time reach that
 * state. The other databases need nothing: PostgreSQL releases the failed insert's locks with the
 * savepoint, H2's failed insert leaves none that the race tests deadlock on, and SQLite transactions
 * are immediate (one writer at a time).
 */
public interface KeyLock {

    /** Runs {@code work} holding the lock for this entity and filter. */
    <R> R around(Session session, EntityModel<?> model, Map<String, ?> filter, java.util.function.Supplier<R> work);

    /** The lock strategy a database needs. */
    static KeyLock forKind(DatabaseKind kind) {
        return kind == DatabaseKind.MARIADB ? new NamedLock() : new NoLock();
    }

    /** No lock: the database's own locking is enough. */
    final class NoLock implements KeyLock {
        @Override
        public <R> R around(Session session, EntityModel<?> model, Map<String, ?> filter,
                java.util.function.Supplier<R> work) {
            return work.get();
        }
    }

    /** MariaDB's {@code GET_LOCK} on a name derived from the entity and the filter values. */
    final class NamedLock implements KeyLock {

        private static final int TIMEOUT_SECONDS = 30;

        @Override
        public <R> R around(Session session, EntityModel<?> model, Map<String, ?> filter,
                java.util.function.Supplier<R> work) {
            String name = "strata:" + NamingConvention.hash(model.type().getName() + EntityModel.ordered(filter));
            Integer got = session.doReturningWork(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                    ps.setString(1, name);
                    ps.setInt(2, TIMEOUT_SECONDS);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        int value = rs.getInt(1);
                        return rs.wasNull() ? null : value;
                    }
                }
            });
            if (got == null || got != 1) {
                throw new StrataException("Timed out after " + TIMEOUT_SECONDS + " s waiting for another transaction"
                        + " creating a " + model.type().getSimpleName() + " for " + filter + ". Keep transactions that"
                        + " create rows short, and commit them.");
            }
            try {
                return work.get();
            } finally {
                session.doWork(c -> {
                    try (PreparedStatement ps = c.prepareStatement("DO RELEASE_LOCK(?)")) {
                        ps.setString(1, name);
                        ps.execute();
                    }
                });
            }
        }
    }
}
