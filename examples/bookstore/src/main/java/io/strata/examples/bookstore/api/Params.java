package io.strata.examples.bookstore.api;

import io.javalin.http.Context;

/** Path parameters, checked by Javalin's validator: a bad value is a 400 naming the parameter. */
public final class Params {

    private Params() {
    }

    /** The path parameter {@code name} as an id (a whole number of 1 or more), else 400. */
    public static long id(Context ctx, String name) {
        return ctx.pathParamAsClass(name, Long.class).check(id -> id >= 1, "must be a whole number of 1 or more").get();
    }
}
