package io.strata.javalin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.strata.core.Database;
import io.strata.javalin.Readiness;
import io.strata.javalin.SchemaPageGuard;

/**
 * The schema page's routes: the page and its stylesheet, GET only, each behind the guard. A refused
 * request gets the same 404 as a path nobody serves, so the page is not advertised.
 */
public final class SchemaPageRoutes {

    /** The stylesheet's name under the page's path. */
    public static final String STYLESHEET = "schema-page.css";

    private final Database database;
    private final Supplier<Readiness> readiness;
    private final String path;
    private final SchemaPageGuard guard;
    private final String css;

    /** The page of {@code database} at {@code path}, shown to requests {@code guard} allows. */
    public SchemaPageRoutes(Database database, Supplier<Readiness> readiness, String path, SchemaPageGuard guard) {
        this.database = database;
        this.readiness = readiness;
        this.path = path;
        this.guard = guard;
        this.css = resource(STYLESHEET);
    }

    /** The page's path. */
    public String path() {
        return path;
    }

    /** The stylesheet's path. */
    public String stylesheetPath() {
        return path + "/" + STYLESHEET;
    }

    /** Answers the page. */
    public void page(Context ctx) {
        refuseUnlessAllowed(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.html(SchemaPageHtml.render(SchemaReport.read(database, readiness), stylesheetPath()));
    }

    /** Answers the stylesheet. */
    public void stylesheet(Context ctx) {
        refuseUnlessAllowed(ctx);
        ctx.contentType("text/css; charset=utf-8").result(css);
    }

    private void refuseUnlessAllowed(Context ctx) {
        if (!guard.allows(ctx)) {
            throw new NotFoundResponse();
        }
    }

    private static String resource(String name) {
        try (InputStream in = SchemaPageRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The schema page's " + name + " is missing from the strata-javalin jar"
                        + " (io/strata/javalin/internal/" + name + "); rebuild the jar.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
