package io.strata.javalin.testing;

import static io.strata.javalin.Strata.firstOr404;
import static io.strata.javalin.Strata.getOr404;
import static io.strata.javalin.Strata.oneOr404;
import static io.strata.javalin.Strata.paginate;
import static io.strata.javalin.Strata.session;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.strata.core.Database;
import io.strata.core.Page;
import io.strata.javalin.Strata;
import io.strata.javalin.StrataConfig;
import io.strata.javalin.StrataPlugin;
import io.strata.javalin.models.Note;

/**
 * A running Javalin app with the plugin and routes that exercise every path a request can take:
 * no database, uncommitted and committed writes, exceptions, 4xx statuses, 404 helpers, pagination,
 * the thread's session used directly, an async handler and an {@code after} handler.
 */
public final class NotesApp implements AutoCloseable {

    private final Javalin app;
    private final ExecutorService async = Executors.newFixedThreadPool(2);
    /** Counted down by {@code GET /notes/{id}/held} once it has read the note. */
    private final CountDownLatch readDone = new CountDownLatch(1);
    /** What {@code GET /notes/{id}/held} waits for before answering. */
    private final CountDownLatch release = new CountDownLatch(1);

    private NotesApp(Database db, Consumer<StrataConfig> settings, boolean virtualThreads) {
        app = Javalin.create(config -> {
            config.concurrency.useVirtualThreads = virtualThreads;
            config.startup.showJavalinBanner = false;
            config.registerPlugin(new StrataPlugin(strata -> settings.accept(strata.database(db))));
            routes(config.routes, db);
        }).start("127.0.0.1", 0);
    }

    /** Starts the app over {@code db} with extra plugin settings. */
    public static NotesApp start(Database db, Consumer<StrataConfig> settings) {
        return new NotesApp(db, settings, false);
    }

    /** Starts the app over {@code db}, handlers on virtual threads. */
    public static NotesApp startOnVirtualThreads(Database db, Consumer<StrataConfig> settings) {
        return new NotesApp(db, settings, true);
    }

    /** A client for this app. */
    public Http http() {
        return new Http(app.port());
    }

    /** Two autocommit reads of the request's session, and the pool's connections in use between them. */
    private static Map<String, Object> readTwice(Context ctx, Database db) {
        long first = session(ctx).createSelectionQuery("select count(*) from Note", Long.class).getSingleResult();
        int inUseBetween = WebDatabases.activeConnections(db);
        long second = session(ctx).createSelectionQuery("select count(*) from Note", Long.class).getSingleResult();
        return Map.of("inUseBetween", inUseBetween, "count", first + second);
    }

    private void routes(io.javalin.config.RoutesConfig routes, Database db) {
        routes.get("/plain", ctx -> ctx.result("no database here"));
        routes.post("/notes", ctx -> ctx.status(201).json(Map.of("id", add(ctx).id)));
        routes.post("/notes/commit", ctx -> {
            Note note = add(ctx);
            session(ctx).getTransaction().commit();
            ctx.status(201).json(Map.of("id", note.id));
        });
        routes.post("/notes/fail", ctx -> {
            add(ctx);
            throw new IllegalStateException("boom");
        });
        routes.post("/notes/unprocessable", ctx -> {
            add(ctx);
            ctx.status(422).result("rejected");
        });
        routes.post("/notes/missing", ctx -> {
            add(ctx);
            getOr404(ctx, Note.class, -1L);
        });
        routes.post("/notes/direct", ctx -> {
            // The thread's session through the core API, never through the plugin.
            db.useTransaction(s -> s.persist(new Note(ctx.queryParam("title"))));
            // getOrCreate begins a transaction and leaves committing to the caller.
            db.getOrCreate(Note.class, Map.of("title", ctx.queryParam("title") + "-uncommitted"));
            ctx.status(201);
        });
        routes.post("/notes/{id}/rename", ctx -> {
            // Changed in memory only: the UPDATE runs when the request's transaction commits.
            getOr404(ctx, Note.class, ctx.pathParamAsClass("id", Long.class).get()).title = ctx.queryParam("title");
            ctx.status(200);
        });
        routes.get("/notes/{id}", ctx -> ctx.json(title(getOr404(ctx, Note.class, ctx.pathParamAsClass("id", Long.class).get()))));
        routes.get("/described/{id}", ctx -> ctx.json(title(getOr404(ctx, Note.class,
                ctx.pathParamAsClass("id", Long.class).get(), "No note with that id; list them at /notes."))));
        routes.get("/first", ctx -> ctx.json(title(firstOr404(byTitle(ctx), "No note is titled so."))));
        routes.get("/one", ctx -> ctx.json(title(oneOr404(byTitle(ctx)))));
        routes.get("/getone", ctx -> ctx.json(title(Strata.db(ctx).database()
                .getOne(Note.class, Map.of("title", ctx.queryParam("title"))))));
        routes.get("/notes", ctx -> {
            Page<Note> page = paginate(session(ctx).createSelectionQuery("from Note order by id", Note.class), ctx);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("titles", page.items().stream().map(n -> n.title).toList());
            body.put("page", page.page());
            body.put("perPage", page.perPage());
            body.put("total", page.total() == null ? -1 : page.total());
            ctx.json(body);
        });
        routes.get("/async", ctx -> ctx.future(() -> CompletableFuture.supplyAsync(() -> {
            long count = session(ctx).createSelectionQuery("select count(*) from Note", Long.class).getSingleResult();
            ctx.json(Map.of("count", count));
            return null;
        }, async)));
        routes.get("/async-mixed", ctx -> {
            // Used on the request thread, then again in the async part: two sessions, both ended.
            long before = session(ctx).createSelectionQuery("select count(*) from Note", Long.class).getSingleResult();
            ctx.future(() -> CompletableFuture.supplyAsync(() -> {
                long after = session(ctx).createSelectionQuery("select count(*) from Note", Long.class).getSingleResult();
                ctx.json(Map.of("count", before + after));
                return null;
            }, async));
        });
        routes.get("/transaction", ctx -> ctx.json(Map.of("active", queriedSessionInTransaction(ctx))));
        routes.get("/reads-twice", ctx -> ctx.json(readTwice(ctx, db)));
        routes.get("/reads-twice-core-first", ctx -> {
            // The core helper opens the thread's session before the handler asks for the request's.
            db.findOne(Note.class, Map.of("title", "none"));
            ctx.json(readTwice(ctx, db));
        });
        routes.get("/async-reads-twice", ctx -> ctx.future(() -> CompletableFuture.supplyAsync(() -> {
            ctx.json(readTwice(ctx, db));
            return null;
        }, async)));
        routes.post("/transaction", ctx -> ctx.json(Map.of("active", queriedSessionInTransaction(ctx))));
        routes.get("/notes/{id}/held", ctx -> {
            Note note = getOr404(ctx, Note.class, ctx.pathParamAsClass("id", Long.class).get());
            readDone.countDown();
            release.await(30, TimeUnit.SECONDS);
            ctx.json(title(note));
        });
        routes.get("/connection-lost", ctx -> {
            var session = session(ctx);
            session.createSelectionQuery("select count(*) from Note", Long.class).getSingleResult();
            // The server ends the session's connection (as an operator or a failover would).
            session.doWork(connection -> killFromOutside(db, connection));
            session.createSelectionQuery("select count(*) from Note", Long.class).getSingleResult();
            ctx.result("still connected");
        });
        routes.post("/notes/after-hook", ctx -> ctx.status(201));
        routes.after("/notes/after-hook", ctx -> add(ctx));
    }

    /** Waits until {@code GET /notes/{id}/held} has read its note (it then waits for {@link #releaseHeldRead}). */
    public boolean awaitHeldRead() throws InterruptedException {
        return readDone.await(30, TimeUnit.SECONDS);
    }

    /** Lets {@code GET /notes/{id}/held} answer. */
    public void releaseHeldRead() {
        release.countDown();
    }

    /** Ends {@code connection} from another connection of {@code db}, as an operator or a failover would. */
    private static void killFromOutside(Database db, Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        boolean postgres = product.contains("postgres");
        if (!postgres && !product.contains("maria") && !product.contains("mysql")) {
            throw new IllegalStateException(product + " has no server connection to lose");
        }
        long id;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(postgres ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()")) {
            rs.next();
            id = rs.getLong(1);
        }
        try (Connection other = db.dataSource().getConnection(); Statement statement = other.createStatement()) {
            statement.execute(postgres ? "SELECT pg_terminate_backend(" + id + ")" : "KILL CONNECTION " + id);
        }
    }

    private static boolean queriedSessionInTransaction(Context ctx) {
        var session = session(ctx);
        session.createSelectionQuery("select count(*) from Note", Long.class).getSingleResult();
        return session.getTransaction().isActive();
    }

    private static Note add(Context ctx) {
        Note note = new Note(ctx.queryParam("title"));
        var session = session(ctx);
        if (!session.getTransaction().isActive()) {
            session.getTransaction().begin();
        }
        session.persist(note);
        session.flush();
        return note;
    }

    private static org.hibernate.query.SelectionQuery<Note> byTitle(Context ctx) {
        return session(ctx).createSelectionQuery("from Note where title like :t order by id", Note.class)
                .setParameter("t", ctx.queryParam("title"));
    }

    private static Map<String, String> title(Note note) {
        return Map.of("title", note.title);
    }

    /** Stops the server (the database stays open: the test owns it). */
    @Override
    public void close() {
        release.countDown();
        app.stop();
        async.shutdownNow();
    }
}
