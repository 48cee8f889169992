package io.strata.javalin.internal;

import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;
import io.javalin.http.servlet.JavalinServlet;
import io.javalin.http.servlet.JavalinServletContext;
import io.javalin.http.servlet.SubmitOrder;
import io.javalin.http.servlet.Task;
import io.javalin.http.servlet.TaskInitializer;
import io.strata.core.Database;
import kotlin.Unit;
import kotlin.jvm.functions.Function2;

/**
 * The last step of every request: commits (transaction-per-request mode, a method that writes,
 * status below 400) or rolls back, then closes, every session the request opened.
 *
 * <p>It is a step of Javalin's request lifecycle added after the default ones, so it runs after the
 * handler, exception handlers, error handlers and every {@code after} handler, whatever their
 * registration order, and before the response is written (a failed commit can still become a 500).
 * The session of the async part (see {@link RequestSessions}) is ended on whatever thread ends the
 * request; the request thread's session only when the request ends on that thread; otherwise
 * {@link RequestThreadFilter} ends it when the thread leaves the request.
 */
public final class RequestEnd implements TaskInitializer<JavalinServletContext> {

    private static final Logger LOG = LoggerFactory.getLogger(RequestEnd.class);

    private final Database database;
    private final boolean transactionPerRequest;
    private final Problems problems;

    /**
     * Ends requests over {@code database}; with {@code transactionPerRequest}, commits the successful
     * ones among those whose method writes (see {@link RequestSessions}), answering a failed commit with
     * {@code problems}.
     */
    public RequestEnd(Database database, boolean transactionPerRequest, Problems problems) {
        this.database = database;
        this.transactionPerRequest = transactionPerRequest;
        this.problems = problems;
    }

    @Override
    public void createTasks(Function2<? super SubmitOrder, ? super Task, Unit> submitTask, JavalinServlet servlet,
            JavalinServletContext ctx, String requestUri) {
        RequestSessions sessions = RequestSessions.start(ctx, database, transactionPerRequest);
        submitTask.invoke(SubmitOrder.LAST, new Task(false, () -> {
            end(ctx, sessions);
            return Unit.INSTANCE;
        }));
    }

    private void end(Context ctx, RequestSessions sessions) {
        boolean commit = sessions.transactional() && ctx.statusCode() < 400;
        RuntimeException failure = null;
        Session offThread = sessions.takeOffThread();
        if (offThread != null) {
            failure = finish(offThread, commit);
        }
        if (sessions.onRequestThread()) {
            try {
                if (commit) {
                    database.commit();
                }
            } catch (RuntimeException e) {
                failure = first(failure, e);
            } finally {
                removeQuietly();
            }
        }
        if (failure != null) {
            // A constraint the flush at commit broke is the client's 409/400 (one line in the log); anything else a
            // 500, logged with its cause by the problems.
            LOG.debug("Could not commit the work of {} {}; it was rolled back", ctx.method(), ctx.path());
            problems.answer(failure, ctx);
        }
    }

    /** Commits or rolls back, then closes; returns the commit's failure, if any. */
    private static RuntimeException finish(Session session, boolean commit) {
        if (!session.isOpen()) {
            return null;
        }
        RuntimeException failure = null;
        try {
            if (session.getTransaction().isActive()) {
                if (commit) {
                    session.getTransaction().commit();
                } else {
                    session.getTransaction().rollback();
                }
            }
        } catch (RuntimeException e) {
            failure = e;
            rollbackQuietly(session);
        } finally {
            try {
                session.close();
            } catch (RuntimeException e) {
                LOG.warn("Could not close a request's session", e);
            }
        }
        return failure;
    }

    private void removeQuietly() {
        try {
            database.removeSession();
        } catch (RuntimeException e) {
            LOG.warn("Could not roll back and close a request's session", e);
        }
    }

    private static void rollbackQuietly(Session session) {
        try {
            if (session.getTransaction().isActive()) {
                session.getTransaction().rollback();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not roll back a request's session after a failed commit", e);
        }
    }

    private static RuntimeException first(RuntimeException kept, RuntimeException next) {
        return kept != null ? kept : next;
    }
}
