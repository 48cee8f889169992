/**
 * Strata for Javalin 7: a plugin that gives each request a lazily opened session which is always
 * closed when the request ends, helpers that answer 404 and 400 for the queries handlers write, and
 * the {@code /healthz/live} and {@code /healthz/ready} routes.
 *
 * <pre>{@code
 * Javalin app = Javalin.create(config -> {
 *     config.registerPlugin(new StrataPlugin(strata -> strata.url("postgresql://app:pw@db/app")));
 *     config.routes.get("/books/{id}", ctx ->
 *             ctx.json(Strata.getOr404(ctx, Book.class, ctx.pathParamAsClass("id", Long.class).get())));
 * });
 * }</pre>
 *
 * <p>Start with {@link io.strata.javalin.StrataPlugin} and {@link io.strata.javalin.Strata}.
 */
package io.strata.javalin;
