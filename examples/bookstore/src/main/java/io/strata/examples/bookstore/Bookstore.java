package io.strata.examples.bookstore;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.strata.cli.ExitCode;
import io.strata.cli.StrataCli;
import io.strata.core.Database;
import io.strata.examples.bookstore.api.ApiErrors;
import io.strata.examples.bookstore.api.AuthorRoutes;
import io.strata.examples.bookstore.api.BookRoutes;
import io.strata.examples.bookstore.api.StoreRoutes;
import io.strata.examples.bookstore.html.HtmlPages;
import io.strata.javalin.StrataPlugin;
import io.strata.migrations.runner.SyncResult;

/**
 * The bookstore: the seed tutorial's authors, books and stores as a Javalin application on Strata.
 * At start-up it brings the schema to the latest revision ({@link Database#sync()}), loads the sample
 * data into an empty database, and serves the JSON API, the HTML pages and the health routes. The same
 * jar runs the {@code db} command line over the same database ({@code java -jar bookstore.jar db upgrade}).
 * The build also runs it once as {@code java -XX:ArchiveClassesAtExit=bookstore.jsa -jar bookstore.jar train}
 * to write the class-data sharing archive that {@code java -XX:SharedArchiveFile=bookstore.jsa -jar bookstore.jar}
 * starts from (about half the start-up time).
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
            // The command prints what it does; the runner's log lines of the same events would only repeat it.
            System.setProperty("org.slf4j.simpleLogger.log.io.strata.migrations.runner", "warn");
            PrintWriter out = new PrintWriter(System.out, true);
            PrintWriter err = new PrintWriter(System.err, true);
            System.exit(db(out, err, Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length == 1 && args[0].equals("train")) {
            // The build's training run for the class-data sharing archive (see ClassDataTraining).
            try {
                ClassDataTraining.run();
            } catch (IOException | RuntimeException e) {
                System.err.println("The bookstore's training run failed: " + e);
                System.exit(1);
            }
            System.exit(0);
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
     * database: {@code DATABASE_URL} (else {@code sqlite:///bookstore.db}), its models and migrations;
     * {@code --url} and the other options of the command line win.
     *
     * @return the exit code (see {@link ExitCode})
     */
    public static int db(PrintWriter out, PrintWriter err, String... args) {
        Database.Builder builder = Database.builder()
                .url(BookstoreSettings.databaseUrlFromEnvironment())
                .models(MODELS)
                .migrations(MIGRATIONS);
        return StrataCli.run(builder, out, err, args);
    }

    /** Syncs the schema, loads the sample data if the database is empty, and starts serving. */
    public static Bookstore start(BookstoreSettings settings) {
        long started = System.nanoTime();
        StrataPlugin strata = new StrataPlugin(config -> config
                .url(settings.databaseUrl())
                .models(MODELS)
                .migrations(MIGRATIONS)
                .transactionPerRequest(true));
        Database db = strata.database();
        long booted = System.nanoTime();
        try {
            SyncResult sync = db.sync();
            long synced = System.nanoTime();
            boolean loaded = SampleData.loadIfEmpty(db);
            long sampled = System.nanoTime();
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.registerPlugin(strata);
                ApiErrors.register(config.routes);
                AuthorRoutes.register(config.routes);
                BookRoutes.register(config.routes);
                StoreRoutes.register(config.routes);
                HtmlPages.register(config.routes);
            });
            if (settings.host() == null) {
                app.start(settings.port());
            } else {
                app.start(settings.host(), settings.port());
            }
            Bookstore bookstore = new Bookstore(app, db, sync, loaded);
            long now = System.nanoTime();
            Logger log = log();
            log.info("Bookstore serving {} — {} (schema {}{}), ready in {} ms", bookstore.url(), db, sync,
                    loaded ? ", sample data loaded" : "", millis(started, now));
            log.debug("Start-up: Hibernate {} ms, sync {} ms, sample data {} ms, Javalin {} ms", millis(started, booted),
                    millis(booted, synced), millis(synced, sampled), millis(sampled, now));
            return bookstore;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The logger, created on first use: {@code db} commands configure logging before anything logs. */
    private static Logger log() {
        return LoggerFactory.getLogger(Bookstore.class);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
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
