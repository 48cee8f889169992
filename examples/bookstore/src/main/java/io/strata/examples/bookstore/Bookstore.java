package io.strata.examples.bookstore;

import java.io.PrintWriter;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.strata.cli.ExitCode;
import io.strata.cli.StrataCli;
import io.strata.core.Database;
import io.strata.core.HibernateBoot;
import io.strata.examples.bookstore.api.AuthorRoutes;
import io.strata.examples.bookstore.api.BookRoutes;
import io.strata.examples.bookstore.api.StoreRoutes;
import io.strata.examples.bookstore.html.HtmlPages;
import io.strata.javalin.StrataPlugin;
import io.strata.migrations.runner.SyncResult;

/**
 * The bookstore: the seed tutorial's authors, books and stores as a Javalin application on Strata.
 * At start-up it maps the models, listens, then brings the schema to the latest revision ({@link StrataPlugin#sync()}:
 * meanwhile {@code /healthz/live} answers 200 and {@code /healthz/ready} 503 {@code MIGRATING}) while Hibernate's
 * session factory is built on a thread of its own ({@link HibernateBoot#IN_BACKGROUND}: readiness 503
 * {@code STARTING} until it is), loads the
 * sample data into an empty database, and serves the JSON API, the HTML pages and the health routes, and, to
 * this machine only, the plugin's read-only schema page at {@value #SCHEMA_PAGE}. An
 * older build started against a database a newer build upgraded with compatible revisions serves as
 * usual; one ahead by breaking revisions does not start, naming them. The same
 * jar runs the {@code db} command line over the same database ({@code java -jar bookstore.jar db upgrade})
 * and, as {@code train}, the build's class-data sharing training run ({@link ClassDataTraining}).
 *
 * <pre>{@code
 * try (Bookstore bookstore = Bookstore.start(BookstoreSettings.fromEnvironment())) {
 *     System.out.println(bookstore.url());
 * }
 * }</pre>
 */
public final class Bookstore implements AutoCloseable {

    /** The package of the entities. */
    public static final String MODELS = "io.strata.examples.bookstore.models";
    /** The package of the revisions. */
    public static final String MIGRATIONS = "io.strata.examples.bookstore.migrations";
    /** Where the plugin's read-only schema page is served, to this machine only (loopback). */
    public static final String SCHEMA_PAGE = "/_strata";


    private final Javalin app;
    private final Database database;
    private final SyncResult sync;
    private final boolean sampleDataLoaded;

    private Bookstore(Javalin app, Database database, SyncResult sync, boolean sampleDataLoaded) {
        this.app = app;
        this.database = database;
        this.sync = sync;
        this.sampleDataLoaded = sampleDataLoaded;
    }

    /**
     * Runs the bookstore with {@code DATABASE_URL} and {@code PORT} (see {@link BookstoreSettings}), or,
     * as {@code java -jar bookstore.jar db upgrade}, one {@code db} command over the bookstore's database.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("db")) {
            PrintWriter out = new PrintWriter(System.out, true);
            PrintWriter err = new PrintWriter(System.err, true);
            System.exit(db(out, err, Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length == 1 && args[0].equals("train")) {
            System.exit(ClassDataTraining.runAsCommand());
        }
        if (args.length > 0) {
            System.err.println("Unknown arguments " + String.join(" ", args) + ". Usage: java -jar bookstore.jar"
                    + " (serves the bookstore; settings from DATABASE_URL and PORT), or java -jar bookstore.jar db"
                    + " COMMAND (db --help lists the commands).");
            System.exit(ExitCode.USAGE);
        }
        Bookstore bookstore;
        try {
            bookstore = start(BookstoreSettings.fromEnvironment());
        } catch (RuntimeException e) {
            log().debug("Start-up failed", e);
            System.err.println("The bookstore could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(bookstore::close, "bookstore-shutdown"));
    }

    /**
     * Runs one {@code db} command ({@code upgrade}, {@code status}, {@code migrate -m …}) over the bookstore's
     * database: {@code sqlite:///bookstore.db}, its models and migrations, under {@code DATABASE_URL} and
     * the other variables, under {@code --url} and the other options (core's order).
     *
     * @return the exit code (see {@link ExitCode})
     */
    public static int db(PrintWriter out, PrintWriter err, String... args) {
        return StrataCli.run(configuration(), out, err, args);
    }

    /**
     * The bookstore's database settings, the one configuration the server ({@link #start}) and its {@code db}
     * commands share: {@value BookstoreSettings#DEFAULT_DATABASE_URL}, the models and the migrations;
     * {@code DATABASE_URL} and the other variables win over them in both.
     */
    public static Database.Builder configuration() {
        return Database.builder()
                .url(BookstoreSettings.DEFAULT_DATABASE_URL)
                .models(MODELS)
                .migrations(MIGRATIONS);
    }

    /** Syncs the schema, loads the sample data if the database is empty, and starts serving. */
    public static Bookstore start(BookstoreSettings settings) {
        StartupClock clock = StartupClock.start();
        StrataPlugin strata = new StrataPlugin(config -> config
                .from(configuration())
                .url(settings.databaseUrl())
                // Hibernate's session factory is built on a thread of its own while the server starts
                // listening and sync() migrates; meanwhile /healthz/ready answers 503 STARTING.
                .builder(db -> db.hibernateBoot(HibernateBoot.IN_BACKGROUND))
                .transactionPerRequest(true)
                // A page of another site cannot post, patch or delete here (CSRF): 403.
                .refuseCrossSiteWrites()
                // The schema page (status, revisions, pending SQL, drift, ER diagram), for requests from this machine only.
                .schemaPage(SCHEMA_PAGE));
        Database db = strata.database();
        clock.lap("models");
        Javalin app = null;
        try {
            app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.registerPlugin(strata);
                AuthorRoutes.register(config.routes);
                BookRoutes.register(config.routes);
                StoreRoutes.register(config.routes);
                HtmlPages.register(config.routes);
            });
            // Listen first, then migrate: while sync() runs, /healthz/live answers 200 and /healthz/ready
            // 503 MIGRATING, so an orchestrator's liveness probe does not kill a long migration.
            if (settings.host() == null) {
                app.start(settings.port());
            } else {
                app.start(settings.host(), settings.port());
            }
            clock.lap("Javalin");
            SyncResult sync = strata.sync();
            clock.lap("sync");
            // A failed start stops the application here rather than failing its first requests.
            db.awaitBoot();
            clock.lap("Hibernate");
            boolean loaded = SampleData.loadIfEmpty(db);
            clock.lap("sample data");
            Bookstore bookstore = new Bookstore(app, db, sync, loaded);
            Logger log = log();
            log.info("Bookstore serving {} — {} (schema {}{}), ready in {} ms", bookstore.url(), db, sync,
                    loaded ? ", sample data loaded" : "", clock.totalMillis());
            log.debug("Start-up: {}", clock.laps());
            return bookstore;
        } catch (RuntimeException e) {
            if (app != null) {
                app.stop();
            }
            db.close();
            throw e;
        }
    }

    /** The logger, created on first use: {@code db} commands configure logging before anything logs. */
    private static Logger log() {
        return LoggerFactory.getLogger(Bookstore.class);
    }

    /** The URL it serves, e.g. {@code http://localhost:7070/}. */
    public String url() {
        return "http://localhost:" + app.port() + "/";
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The application's database. */
    public Database database() {
        return database;
    }

    /** What {@link Database#sync()} did at start-up. */
    public SyncResult syncResult() {
        return sync;
    }

    /** Whether the sample data was loaded at start-up (the database had no author). */
    public boolean sampleDataLoaded() {
        return sampleDataLoaded;
    }

    /** Stops serving and closes the database. */
    @Override
    public void close() {
        app.stop();
    }
}
