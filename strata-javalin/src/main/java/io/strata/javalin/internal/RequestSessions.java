package io.strata.javalin.internal;

import java.util.Set;

import org.hibernate.Session;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.strata.core.Database;
import io.strata.core.internal.session.ScopedSessions;

/**
 * Where one request's sessions live. On the thread that received the request it is that thread's
 * session of the database (the one {@link Database#session()} and the core helpers use), removed when
 * the request ends there, or when the thread leaves a request that went async. On any other thread (the
 * async part of a handler) it is a session owned by the request, bound to no thread, closed when the
 * request ends: an executor's threads never carry one request's session into the next.
 *
 * <p>Either session keeps the pooled connection its first statement takes until the request ends (on the
 * request thread, whichever call opens the session: {@link Database#beginUnitOfWork()}): a request borrows
 * from the pool once, however many statements it runs, and never queues for a connection behind other
 * requests between two of its own statements.
 */
public final class RequestSessions {

    private static final String ATTRIBUTE = RequestSessions.class.getName();
    /**
     * Methods that only read (RFC 9110's safe methods): never wrapped in the request's transaction, so
     * a read holds no transaction open while the response is built (on SQLite, whose transactions take
     * the write lock at BEGIN, one per GET would queue every reader behind every writer) and ends
     * without a flush.
     */
    private static final Set<HandlerType> SAFE_METHODS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Database database;
    private final boolean transactional;
    private final Thread requestThread;
    private Session offThread;

    private RequestSessions(Database database, boolean transactional, Thread requestThread) {
        this.database = database;
        this.transactional = transactional;
        this.requestThread = requestThread;
    }

    /**
     * Records, on the thread that received the request, where its sessions will live, and marks the thread's
     * work as the request's unit of work (opens nothing);
     * {@code transactionPerRequest} wraps the request in a transaction unless its method is safe.
     */
    static RequestSessions start(Context ctx, Database database, boolean transactionPerRequest) {
        boolean transactional = transactionPerRequest && !SAFE_METHODS.contains(ctx.method());
        database.beginUnitOfWork();
        RequestSessions sessions = new RequestSessions(database, transactional, Thread.currentThread());
        ctx.attribute(ATTRIBUTE, sessions);
        return sessions;
    }

    /** The request's record (made by the plugin when the request arrived). */
    public static RequestSessions of(Context ctx) {
        RequestSessions sessions = ctx.attribute(ATTRIBUTE);
        if (sessions == null) {
            throw new IllegalStateException("This request has no Strata sessions: it did not pass through the"
                    + " StrataPlugin's request lifecycle (was config.requestLifeCycle(...) replaced after the plugin"
                    + " was registered?). Register the plugin after changing the request lifecycle.");
        }
        return sessions;
    }

    /**
     * The request's session on the calling thread (see the class comment); in a transaction when the
     * request runs in one (transaction-per-request mode, a method that writes).
     */
    public Session session() {
        Session session;
        if (Thread.currentThread() == requestThread) {
            session = database.session();
        } else {
            synchronized (this) {
                if (offThread == null || !offThread.isOpen()) {
                    offThread = ScopedSessions.openHolding(database.sessionFactory());
                }
                session = offThread;
            }
        }
        if (transactional && !session.getTransaction().isActive()) {
            session.getTransaction().begin();
        }
        return session;
    }

    /** Whether the request runs in one transaction (transaction-per-request mode, a method that writes). */
    boolean transactional() {
        return transactional;
    }

    /** Whether the calling thread is the one that received the request. */
    boolean onRequestThread() {
        return Thread.currentThread() == requestThread;
    }

    /** The request-owned session of the async part, if one was opened, forgetting it. */
    synchronized Session takeOffThread() {
        Session session = offThread;
        offThread = null;
        return session;
    }
}
