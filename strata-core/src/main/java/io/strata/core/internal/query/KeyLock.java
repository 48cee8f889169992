package io.strata.core.internal.query;

import java.util.Map;
import java.util.function.Supplier;

import org.hibernate.Session;

/**
 * Serializes the create path of get-or-create for one key where the database needs it (its
 * {@link io.strata.core.internal.database.DatabaseType#keyLock()} says which). Most need nothing:
 * PostgreSQL releases the failed insert's locks with the savepoint, H2's failed insert leaves none
 * that the race tests deadlock on, and SQLite transactions are immediate (one writer at a time).
 */
public interface KeyLock {

    /** No lock: the database's own locking is enough. */
    KeyLock NONE = new KeyLock() {
        @Override
        public <R> R around(Session session, EntityModel<?> model, Map<String, ?> filter, Supplier<R> work) {
            return work.get();
        }
    };

    /** Runs {@code work} holding the lock for this entity and filter. */
    <R> R around(Session session, EntityModel<?> model, Map<String, ?> filter, Supplier<R> work);
}
