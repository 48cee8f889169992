package io.strata.javalin.testing;

import static io.strata.javalin.Strata.getOr404;
import static io.strata.javalin.Strata.session;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.jetty.server.Server;
import org.hibernate.Hibernate;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.strata.core.Database;
import io.strata.javalin.StrataConfig;
import io.strata.javalin.StrataPlugin;
import io.strata.javalin.shelf.Item;
import io.strata.javalin.shelf.Shelf;
import io.strata.testing.DbKind;
import io.strata.testing.SharedDatabases;

/**
 * A running app over the shelf models, in transaction-per-request mode, whose handlers read entities
 * from JSON bodies and write them with {@code ctx.json}: what the plugin's error answers and JSON mapper
 * are tested on, plus a query by a query parameter and HTML pages.
 */
public final class ShelfApp implements AutoCloseable {

    /** The package of the models. */
    public static final String MODELS = "io.strata.javalin.shelf";

    private final AtomicReference<Server> jetty = new AtomicReference<>();
    private final Javalin app;

    private ShelfApp(Database db, Consumer<StrataConfig> settings) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.registerPlugin(new StrataPlugin(strata -> settings.accept(strata.database(db).transactionPerRequest(true))));
            config.jetty.modifyServer(jetty::set);
            config.routes.get("/shelves", ctx -> ctx.json(session(ctx)
                    .createSelectionQuery("select name from Shelf where name = :name", String.class)
                    .setParameter("name", ctx.queryParam("name")).getResultList()));
            // Any JSON object, read whole: nested content is parsed, not skipped at its first unknown field.
            config.routes.post("/documents", ctx -> ctx.json(Map.of("fields", ctx.bodyAsClass(Map.class).size())));
            config.routes.get("/page", ctx -> ctx.html("<!DOCTYPE html><title>Shelves</title><p>Shelves</p>"));
            config.routes.get("/framed-page", ctx -> ctx.header("Content-Security-Policy", "frame-ancestors 'self'")
                    .html("<p>Framed by its own site</p>"));
            config.routes.post("/shelves", ctx -> {
                Shelf shelf = ctx.bodyAsClass(Shelf.class);
                session(ctx).persist(shelf);
                session(ctx).flush();
                ctx.status(201).json(shelf);
            });
            // The same row written by SQL, so the database, not Hibernate, checks the NOT NULL column.
            config.routes.post("/shelves/sql", ctx -> {
                Shelf shelf = ctx.bodyAsClass(Shelf.class);
                session(ctx).createNativeMutationQuery("insert into shelf (name) values (:name)")
                        .setParameter("name", shelf.name, String.class).executeUpdate();
                ctx.status(201);
            });
            config.routes.get("/shelves/{id}", ctx -> ctx.json(getOr404(ctx, Shelf.class,
                    ctx.pathParamAsClass("id", Long.class).get())));
            config.routes.post("/items", ctx -> {
                Item item = new Item();
                item.title = ctx.queryParam("title");
                item.shelf = session(ctx).getReference(Shelf.class, Long.valueOf(ctx.queryParam("shelf")));
                session(ctx).persist(item);
                ctx.status(201).json(Map.of("id", item.id));
            });
            config.routes.get("/items/{id}", ctx -> {
                Item item = getOr404(ctx, Item.class, ctx.pathParamAsClass("id", Long.class).get());
                if (ctx.queryParam("shelf") != null) {
                    Hibernate.initialize(item.shelf);
                }
                ctx.json(item);
            });
            // A table outside the models, with a CHECK constraint (see createGauges).
            config.routes.post("/gauges", ctx -> {
                session(ctx).createNativeMutationQuery("insert into gauge (id, level) values (1, :level)")
                        .setParameter("level", Integer.valueOf(ctx.queryParam("level"))).executeUpdate();
                ctx.status(201);
            });
            config.routes.get("/refused", ctx -> {
                throw new BadRequestResponse("<b>Bad</b> & \"quoted\"", Map.of("field", "<name>"));
            });
            config.routes.get("/broken", ctx -> {
                throw new IllegalStateException("secret internals: jdbc:postgresql://app:pw@db/app");
            });
        }).start("127.0.0.1", 0);
    }

    /** Starts the app over {@code db}. */
    public static ShelfApp start(Database db) {
        return new ShelfApp(db, strata -> { });
    }

    /** Starts the app over {@code db} with extra plugin settings. */
    public static ShelfApp start(Database db, Consumer<StrataConfig> settings) {
        return new ShelfApp(db, settings);
    }

    /** The app's Jetty server. */
    public Server jetty() {
        return jetty.get();
    }

    /** The port the app listens on (127.0.0.1). */
    public int port() {
        return app.port();
    }

    /** Test databases of each kind with the shelf models, for {@code @RegisterExtension}. */
    public static SharedDatabases<Database> databases() {
        return SharedDatabases.of(server -> Database.builder().url(server.url()).models(MODELS).build(), Database::close);
    }

    /** The database of {@code kind} from {@code databases}, with empty tables. */
    public static Database fresh(SharedDatabases<Database> databases, DbKind kind) {
        Database db = databases.get(kind);
        db.removeSession();
        db.dropAll();
        db.createAll();
        return db;
    }

    /** Creates the table {@code gauge}, whose {@code level} a CHECK constraint keeps at 0 or more. */
    public static void createGauges(Database db) {
        db.useTransaction(session -> session.createNativeMutationQuery("create table gauge (id integer primary key,"
                + " level integer, constraint ck_gauge_level check (level >= 0))").executeUpdate());
    }

    /** A client sending this {@code Accept} header. */
    public Http accepting(String accept) {
        return Http.accepting(app.port(), accept);
    }

    @Override
    public void close() {
        app.stop();
    }
}
