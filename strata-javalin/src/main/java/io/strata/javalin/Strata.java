package io.strata.javalin;

import java.util.List;

import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

import io.javalin.http.Context;
import io.javalin.plugin.PluginNotRegisteredException;
import io.strata.core.Page;

/**
 * The helpers handlers call, made for static import: the request's session, 404 helpers and
 * pagination from the query string.
 *
 * <pre>{@code
 * import static io.strata.javalin.Strata.*;
 *
 * config.routes.get("/books/{id}", ctx -> ctx.json(getOr404(ctx, Book.class, ctx.pathParamAsClass("id", Long.class).get())));
 * config.routes.get("/books", ctx -> ctx.json(paginate(session(ctx).createSelectionQuery("from Book order by id", Book.class), ctx)));
 * }</pre>
 */
public final class Strata {

    private Strata() {
    }

    /** The request's view of the database. */
    public static RequestDatabase db(Context ctx) {
        try {
            return ctx.with(StrataPlugin.class);
        } catch (PluginNotRegisteredException e) {
            throw new IllegalStateException("Strata.db(ctx) needs the Strata plugin, which this Javalin app does not"
                    + " have. Register it: Javalin.create(config -> config.registerPlugin(new StrataPlugin(...))).", e);
        }
    }

    /** The request's session (opened on first use, closed when the request ends); see {@link RequestDatabase#session()}. */
    public static Session session(Context ctx) {
        return db(ctx).session();
    }

    /** The entity with this primary key, else a 404 ({@code "Book 42 was not found."}). */
    public static <T> T getOr404(Context ctx, Class<T> type, Object id) {
        return db(ctx).getOr404(type, id);
    }

    /** The entity with this primary key, else a 404 with {@code description}. */
    public static <T> T getOr404(Context ctx, Class<T> type, Object id, String description) {
        return db(ctx).getOr404(type, id, description);
    }

    /** The query's first row (it is limited to one row), else a 404. */
    public static <T> T firstOr404(SelectionQuery<T> query) {
        return firstOr404(query, "Nothing matches the request.");
    }

    /** The query's first row (it is limited to one row), else a 404 with {@code description}. */
    public static <T> T firstOr404(SelectionQuery<T> query, String description) {
        List<T> rows = query.setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            throw new RowNotFoundResponse(description);
        }
        return rows.get(0);
    }

    /**
     * The query's only row, else a 404; several rows are an error of the query
     * ({@link org.hibernate.NonUniqueResultException}, a 500), as in Flask-SQLAlchemy's {@code one_or_404}.
     */
    public static <T> T oneOr404(SelectionQuery<T> query) {
        return oneOr404(query, "Nothing matches the request.");
    }

    /** As {@link #oneOr404(SelectionQuery)}, with {@code description} in the 404. */
    public static <T> T oneOr404(SelectionQuery<T> query, String description) {
        return query.uniqueResultOptional().orElseThrow(() -> new RowNotFoundResponse(description));
    }

    /** The page of {@code query} that the request's {@code page} and {@code per_page} ask for; see {@link RequestDatabase#paginate}. */
    public static <T> Page<T> paginate(SelectionQuery<T> query, Context ctx) {
        return db(ctx).paginate(query);
    }
}
