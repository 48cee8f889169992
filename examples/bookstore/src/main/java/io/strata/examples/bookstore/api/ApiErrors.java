package io.strata.examples.bookstore.api;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.persistence.PersistenceException;

/**
 * Answers the API's refusals as {@code {"error": ..., "status": ...}}: {@link ApiException}s, and
 * unique or foreign-key violations that only the database caught (two requests racing for the same
 * name) as 409. The plugin's transaction-per-request mode rolls the request's work back for both.
 */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    /** SQLite's result code for a violated constraint (sqlite-jdbc reports it as the error code). */
    private static final int SQLITE_CONSTRAINT = 19;

    private ApiErrors() {
    }

    /** Registers the exception handlers. */
    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        routes.exception(PersistenceException.class, (e, ctx) -> {
            if (!violatesConstraint(e)) {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                answer(ctx, 500, "The request could not be completed; nothing was changed.");
                return;
            }
            LOG.info("{} {} violated a constraint: {}", ctx.method(), ctx.path(), e.getMessage());
            answer(ctx, 409, "The change conflicts with existing data (a unique value is taken, or rows still"
                    + " refer to the row); nothing was changed.");
        });
    }

    /** Writes the JSON error body. */
    public static void answer(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        ctx.status(status).json(body);
    }

    /**
     * Whether a constraint of the database refused the work: SQL state class 23 (integrity constraint
     * violation) on PostgreSQL, MariaDB and H2; SQLite's constraint result code, which Hibernate reports
     * as a generic JDBC error.
     */
    static boolean violatesConstraint(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                boolean integrity = state != null && state.startsWith("23");
                boolean sqlite = sql.getClass().getName().startsWith("org.sqlite")
                        && (sql.getErrorCode() & 0xff) == SQLITE_CONSTRAINT;
                if (integrity || sqlite) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
