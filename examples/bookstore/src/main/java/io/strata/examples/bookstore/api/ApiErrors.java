package io.strata.examples.bookstore.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.strata.core.ConstraintViolations;
import jakarta.persistence.PersistenceException;

/**
 * Answers the API's refusals as {@code {"error": ..., "status": ...}}: {@link ApiException}s, and
 * unique or foreign-key violations that only the database caught (two requests racing for the same
 * name) as 409. The plugin's transaction-per-request mode rolls the request's work back for both.
 */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    /** Registers the exception handlers. */
    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
        routes.exception(PersistenceException.class, (e, ctx) -> {
            if (!ConstraintViolations.isAny(e)) {
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
}
