package io.strata.javalin.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.Session;

import io.javalin.http.Context;
import io.strata.core.Database;

/**
 * The sessions one request was handed, so that the request's end can close them even when it runs
 * on another thread than the handler that opened them (async handlers, {@code ctx.future}).
 */
public final class RequestSessions {

    private static final String ATTRIBUTE = RequestSessions.class.getName();

    private final Database database;
    private final boolean transactional;
    private final Set<Session> handedOut = ConcurrentHashMap.newKeySet();

    private RequestSessions(Database database, boolean transactional) {
        this.database = database;
        this.transactional = transactional;
    }

    /** The request's record, created on first use (so requests that never ask open nothing). */
    public static RequestSessions of(Context ctx, Database database, boolean transactional) {
        RequestSessions sessions = ctx.attribute(ATTRIBUTE);
        if (sessions == null) {
            sessions = new RequestSessions(database, transactional);
            ctx.attribute(ATTRIBUTE, sessions);
        }
        return sessions;
    }

    /** The request's record if anything asked for a session, else {@code null}. */
    public static RequestSessions peek(Context ctx) {
        return ctx.attribute(ATTRIBUTE);
    }

    /**
     * The calling thread's session of the database (the one {@link Database#session()} and the core
     * helpers use), remembered for the request's end; in transaction-per-request mode, in a transaction.
     */
    public Session session() {
        Session session = database.session();
        handedOut.add(session);
        if (transactional && !session.getTransaction().isActive()) {
            session.getTransaction().begin();
        }
        return session;
    }

    /** The sessions handed out so far, forgetting them. */
    List<Session> drain() {
        List<Session> sessions = new ArrayList<>(handedOut);
        handedOut.removeAll(sessions);
        return sessions;
    }
}
