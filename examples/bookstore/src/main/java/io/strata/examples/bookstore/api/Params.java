package io.strata.examples.bookstore.api;

import io.javalin.http.Context;

/** Path and query parameters, checked with messages that name the parameter. */
public final class Params {

    private Params() {
    }

    /** The path parameter {@code name} as an id (a whole number of 1 or more), else 400. */
    public static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            long id = Long.parseLong(raw);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("Path parameter '" + name + "' must be a whole number of 1 or more, got '" + raw + "'.");
    }
}
