package io.strata.core.internal.session;

import java.util.function.Function;
import java.util.function.Supplier;

import org.hibernate.ConnectionAcquisitionMode;
import org.hibernate.ConnectionReleaseMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Hibernate session per thread, opened on first use, like SQLAlchemy's {@code scoped_session},
 * and the transactions of those sessions. Removing it rolls back what was not committed and closes it.
 */
public final class ScopedSessions {

    private static final Logger LOG = LoggerFactory.getLogger(ScopedSessions.class);

    private final Supplier<SessionFactory> factory;
    private final ThreadLocal<Session> current = new ThreadLocal<>();
    private final ThreadLocal<Boolean> unitOfWork = new ThreadLocal<>();

    /** Sessions from this factory, which is asked for only when a session is opened. */
    public ScopedSessions(Supplier<SessionFactory> factory) {
        this.factory = factory;
    }

    /**
     * The current thread's session, opened if it has none (or its last one was closed). Outside a
     * transaction it returns its connection to the pool after each statement, as Hibernate's sessions do,
     * unless the thread runs a unit of work ({@link #beginUnitOfWork()}).
     */
    public Session current() {
        Session session = current.get();
        if (session == null || !session.isOpen()) {
            session = Boolean.TRUE.equals(unitOfWork.get()) ? openHolding(factory.get()) : factory.get().openSession();
            current.set(session);
        }
        return session;
    }

    /**
     * Marks the current thread as running one unit of work, which {@link #remove()} ends: the session it
     * opens next, whichever call opens it, keeps the connection its first statement takes until it is
     * removed (a request reading twice takes one connection from the pool and never queues for it in between).
     */
    public void beginUnitOfWork() {
        unitOfWork.set(Boolean.TRUE);
    }

    /**
     * A session of {@code factory} that takes a connection at its first statement and keeps it until it
     * is closed (Hibernate's default returns it after each statement outside a transaction).
     */
    public static Session openHolding(SessionFactory factory) {
        return factory.withOptions()
                .connectionHandling(ConnectionAcquisitionMode.AS_NEEDED, ConnectionReleaseMode.ON_CLOSE)
                .openSession();
    }

    /** The current thread's session if one is open, else {@code null}. */
    public Session peek() {
        Session session = current.get();
        return session != null && session.isOpen() ? session : null;
    }

    /** Rolls back the current thread's uncommitted work, closes its session and forgets it. */
    public void remove() {
        Session session = current.get();
        current.remove();
        unitOfWork.remove();
        if (session == null || !session.isOpen()) {
            return;
        }
        try {
            if (session.getTransaction().isActive()) {
                session.getTransaction().rollback();
            }
        } catch (RuntimeException e) {
            // The pool closed a connection an error left in an uncertain state, which rolled it back.
            LOG.debug("Could not roll back a session's transaction; its connection is closed", e);
        } finally {
            session.close();
        }
    }

    /** Commits the current thread's transaction, if one is active. */
    public void commit() {
        Session session = peek();
        if (session != null && session.getTransaction().isActive()) {
            session.getTransaction().commit();
        }
    }

    /** Rolls back the current thread's transaction, if one is active. */
    public void rollback() {
        Session session = peek();
        if (session != null && session.getTransaction().isActive()) {
            session.getTransaction().rollback();
        }
    }

    /**
     * Runs {@code work} in a transaction of the current session: commits when it returns, rolls back
     * when it throws. Inside an active transaction, joins it (the outer owner commits).
     */
    public <R> R inTransaction(Function<Session, R> work) {
        Session session = current();
        if (session.getTransaction().isActive()) {
            return work.apply(session);
        }
        session.getTransaction().begin();
        try {
            R result = work.apply(session);
            session.getTransaction().commit();
            return result;
        } catch (RuntimeException | Error e) {
            try {
                if (session.getTransaction().isActive()) {
                    session.getTransaction().rollback();
                }
            } catch (RuntimeException rollback) {
                // The work's own failure is the one to report (the connection was closed, rolling it back).
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }
}
