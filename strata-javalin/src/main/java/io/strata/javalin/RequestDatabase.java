package io.strata.javalin;

import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

import io.javalin.http.Context;
import io.strata.core.Database;
import io.strata.core.Page;
import io.strata.core.PageOutOfRangeException;
import io.strata.javalin.internal.PageParams;
import io.strata.javalin.internal.RequestSessions;

/**
 * One request's view of the plugin's {@link Database}: its session (opened on first use, closed when
 * the request ends) and the helpers that answer HTTP errors. Get it with {@link Strata#db(Context)}.
 */
public final class RequestDatabase {

    private final Context ctx;
    private final Database database;
    private final RequestSessions sessions;
    private final int defaultPerPage;

    RequestDatabase(Context ctx, Database database, RequestSessions sessions, int defaultPerPage) {
        this.ctx = ctx;
        this.database = database;
        this.sessions = sessions;
        this.defaultPerPage = defaultPerPage;
    }

    /**
     * The request's session: on the request's thread the same one {@link Database#session()} and the core
     * helpers use; in the async part of a handler, one owned by the request (see {@link StrataPlugin}).
     * In transaction-per-request mode it is in a transaction.
     */
    public Session session() {
        return sessions.session();
    }

    /**
     * The plugin's database, for its helpers ({@code getOrCreate}, {@code finder}…): on the request's
     * thread they use the request's session.
     */
    public Database database() {
        return database;
    }

    /** The entity of {@code type} with primary key {@code id}, else a 404 saying which was not found. */
    public <T> T getOr404(Class<T> type, Object id) {
        return getOr404(type, id, type.getSimpleName() + " " + id + " was not found.");
    }

    /** The entity of {@code type} with primary key {@code id}, else a 404 with {@code description}. */
    public <T> T getOr404(Class<T> type, Object id, String description) {
        if (!database.manages(type)) {
            throw new IllegalArgumentException(type.getName() + " is not one of this database's entities "
                    + database.modelPackages() + ". Annotate it with @Entity in a models package.");
        }
        T found = io.strata.core.internal.query.Helpers.findById(session(), type, id);
        if (found == null) {
            throw new RowNotFoundResponse(description);
        }
        return found;
    }

    /**
     * The page the request asks for with {@code page} and {@code per_page} (default 1 and the plugin's
     * default size, capped at the database's maximum), counting the total. Bad values answer 400 naming
     * the parameter; a page past the last answers 404.
     */
    public <T> Page<T> paginate(SelectionQuery<T> query) {
        return paginate(query, true);
    }

    /** As {@link #paginate(SelectionQuery)}; with {@code count} false the total is not queried. */
    public <T> Page<T> paginate(SelectionQuery<T> query, boolean count) {
        PageParams params = PageParams.of(ctx, defaultPerPage);
        try {
            return database.paginate(query, params.page(), params.perPage(), count);
        } catch (PageOutOfRangeException e) {
            throw new RowNotFoundResponse(e.getMessage(), PageParams.PAGE);
        }
    }
}
