package io.strata.core.internal.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.LockMode;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;

import io.strata.DatabaseAccessException;
import io.strata.core.CreateConflictException;
import io.strata.core.GetOrCreateResult;
import io.strata.core.MultipleRowsFoundException;
import io.strata.core.NoRowFoundException;

/**
 * The everyday query helpers over a session. {@code getOrCreate} and {@code updateOrCreate} are
 * race-safe where a unique constraint covers the filter: the insert runs through a stateless session
 * sharing the caller's connection, so a concurrent insert of the same key only undoes or skips that insert
 * (by the database's means: {@link InsertRecovery}) and the row the other
 * caller made is read instead; the caller's session and transaction stay usable after such a lost race.
 */
public final class Helpers {

    private Helpers() {
    }

    /** The single row matching {@code filter}, if any; several rows is an error. */
    public static <T> Optional<T> findOne(Session session, EntityModel<T> model, Map<String, ?> filter, LockMode lock) {
        model.validate(filter);
        FilterQuery filterQuery = model.filterQuery(filter);
        SelectionQuery<T> query = filterQuery.bind(session.createSelectionQuery(filterQuery.hql(), model.type()), filter);
        if (lock != LockMode.NONE) {
            query.setHibernateLockMode(lock);
        }
        List<T> rows = query.setMaxResults(2).getResultList();
        if (rows.size() > 1) {
            throw new MultipleRowsFoundException(model.type(), filter);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * The entity with this primary key, or {@code null} when there is none. Hibernate's {@code find}
     * returns {@code null} also when a database error marked the transaction rollback-only (HHH-12472);
     * that is a failure, not a missing row, and is thrown as one.
     */
    public static <T> T findById(Session session, Class<T> type, Object id) {
        T found = session.find(type, id);
        if (found == null && session.getTransaction().isActive() && session.getTransaction().getRollbackOnly()) {
            throw new DatabaseAccessException("Reading " + type.getSimpleName() + " " + id + " failed: a database error"
                    + " marked the transaction for rollback (see the log for the cause); this is not a missing row.");
        }
        return found;
    }

    /** Exactly one row matching {@code filter}. */
    public static <T> T getOne(Session session, EntityModel<T> model, Map<String, ?> filter) {
        return findOne(session, model, filter, LockMode.NONE).orElseThrow(() -> new NoRowFoundException(model.type(), filter));
    }

    /** Finds the row matching {@code filter} or inserts one from {@code filter} and {@code defaults}. */
    public static <T> GetOrCreateResult<T> getOrCreate(Session session, EntityModel<T> model, Map<String, ?> filter,
            Map<String, ?> defaults, CreatePath createPath) {
        model.validate(defaults);
        ensureTransaction(session);
        Optional<T> found = findOne(session, model, filter, LockMode.NONE);
        if (found.isPresent()) {
            return new GetOrCreateResult<>(found.get(), false);
        }
        return createPath.keyLock().around(session, model, filter, () -> {
            T candidate = model.newInstance(filter, defaults);
            Optional<T> created = insert(session, model, candidate, createPath.recovery());
            if (created.isPresent()) {
                return new GetOrCreateResult<>(created.get(), true);
            }
            return new GetOrCreateResult<>(afterConflict(session, model, filter, LockMode.PESSIMISTIC_READ), false);
        });
    }

    /**
     * Updates the row matching {@code filter} with {@code defaults}, or inserts one from
     * {@code filter}, {@code defaults} and {@code createDefaults} (the latter winning).
     */
    public static <T> GetOrCreateResult<T> updateOrCreate(Session session, EntityModel<T> model, Map<String, ?> filter,
            Map<String, ?> defaults, Map<String, ?> createDefaults, CreatePath createPath) {
        model.validate(defaults);
        model.validate(createDefaults);
        ensureTransaction(session);
        Optional<T> found = findOne(session, model, filter, LockMode.NONE);
        if (found.isPresent()) {
            // Lock and re-read the row so concurrent updaters apply their changes one after the other.
            session.refresh(found.get(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            model.apply(found.get(), defaults);
            return new GetOrCreateResult<>(found.get(), false);
        }
        return createPath.keyLock().around(session, model, filter, () -> {
            T candidate = model.newInstance(filter, defaults, createDefaults);
            Optional<T> created = insert(session, model, candidate, createPath.recovery());
            if (created.isPresent()) {
                return new GetOrCreateResult<>(created.get(), true);
            }
            T existing = afterConflict(session, model, filter, LockMode.PESSIMISTIC_WRITE);
            model.apply(existing, defaults);
            // Written now, while this call still holds the key's lock.
            session.flush();
            return new GetOrCreateResult<>(existing, false);
        });
    }

    /** Begins a transaction on the session unless one is active (the caller commits it). */
    public static void ensureTransaction(Session session) {
        if (!session.getTransaction().isActive()) {
            session.getTransaction().begin();
        }
    }

    /**
     * Inserts the candidate; returns the managed instance (without reading the row back where the candidate
     * holds all of it: {@link InsertedEntities}), or empty when a unique constraint refused
     * the row ({@code recovery} then leaves the transaction as it was and it goes on).
     */
    private static <T> Optional<T> insert(Session session, EntityModel<T> model, T candidate, InsertRecovery recovery) {
        session.flush();
        boolean inserted = session.doReturningWork(connection -> recovery.insert(connection, model.skipsConflicts(),
                statementInspector -> {
                    // A stateless session of its own over the caller's connection: a failure inside it cannot
                    // mark the caller's transaction rollback-only, as a session sharing the transaction would.
                    try (StatelessSession stateless = session.getSessionFactory().withStatelessOptions()
                            .connection(connection).statementInspector(statementInspector).openStatelessSession()) {
                        stateless.insert(candidate);
                    }
                }));
        return inserted ? Optional.of(InsertedEntities.manage(session, model, candidate)) : Optional.empty();
    }

    private static <T> T afterConflict(Session session, EntityModel<T> model, Map<String, ?> filter, LockMode lock) {
        return findOne(session, model, filter, lock).orElseThrow(() -> new CreateConflictException(model.type(), filter, "Cannot create a "
                + model.type().getSimpleName() + " for " + filter + ": a unique constraint refused the row, but no"
                + " row matches the filter. The conflicting unique value is among the defaults; include the"
                + " attributes of that unique constraint in the filter."));
    }
}
