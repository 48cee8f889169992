package io.strata.javalin;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import io.strata.core.ConfigurationException;
import io.strata.core.Database;
import io.strata.javalin.internal.CrossSiteWrites;

/**
 * The settings of a {@link StrataPlugin}, given in the lambda passed to its constructor.
 *
 * <p>Either hand the plugin a {@link #database(Database) Database} you built, or let it build one. Its
 * database settings ({@link #url}, {@link #models}, {@link #migrations}, {@link #property},
 * {@link #maxPerPage}, or any of core's with {@link #builder}) go to a core {@link Database.Builder}: the
 * application's own, with {@link #from}, so that its {@code db} command line
 * ({@code StrataCli.run(builder, args)}) uses the same configuration. The plugin adds the environment
 * ({@code DATABASE_URL}, {@code DB_MODELS_LOCATION}, {@code DB_MIGRATIONS_LOCATION}), which wins over
 * them, and these defaults below them: models in {@code <application package>.models} and migrations in
 * {@code <application package>.migrations}, where the application package is that of the class that
 * creates the plugin (or {@link #application}). The URL has no default, as on the command line: a
 * database the {@code db} commands cannot see (an in-memory one) is never chosen silently. The order is
 * core's, described once in {@link io.strata.core.DatabaseConfig}.
 */
public final class StrataConfig {

    /** The default path of the liveness route. */
    public static final String DEFAULT_LIVE_PATH = "/healthz/live";
    /** The default path of the readiness route. */
    public static final String DEFAULT_READY_PATH = "/healthz/ready";
    /** The default page size of {@link Strata#paginate} when the request has no {@code per_page}. */
    public static final int DEFAULT_PER_PAGE = 20;

    /**
     * The default {@code Content-Security-Policy} of HTML answers: scripts, images, fonts and connections from
     * the page's own site only (no inline script, the usual carrier of injected code), styles from it or inline
     * in the page, no plugins, no {@code <base>} rewriting, forms posting to the site only, and no other site
     * may frame it.
     */
    public static final String DEFAULT_CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline';"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The default length of the server's queue of connections not yet accepted (see {@link #acceptQueueSize}). */
    public static final int DEFAULT_ACCEPT_QUEUE_SIZE = 512;

    Database database;
    /** The settings of the database the plugin builds: core's builder (the application's, with {@link #from}), not a copy. */
    Database.Builder builder = Database.builder();
    /** The first setting given for a database the plugin builds (refused beside {@link #database(Database)}). */
    String builderSetting;
    String applicationPackage;
    boolean transactionPerRequest;
    String livePath = DEFAULT_LIVE_PATH;
    String readyPath = DEFAULT_READY_PATH;
    ReadinessCheck readinessCheck;
    Duration readinessTimeout = Duration.ofSeconds(5);
    int defaultPerPage = DEFAULT_PER_PAGE;
    String contentSecurityPolicy = DEFAULT_CONTENT_SECURITY_POLICY;
    Set<String> trustedOrigins;
    int acceptQueueSize = DEFAULT_ACCEPT_QUEUE_SIZE;
    String schemaPagePath;
    SchemaPageGuard schemaPageGuard = SchemaPageGuard.loopback();

    StrataConfig() {
    }

    /** Uses this database (the plugin will not close it); the settings of a database the plugin builds must then be left unset. */
    public StrataConfig database(Database db) {
        this.database = Objects.requireNonNull(db, "database");
        return this;
    }

    /**
     * Builds the database from the application's own builder, the one its {@code db} commands get too, so
     * the application and {@code db upgrade} use one configuration (with the environment over it in both):
     *
     * <pre>{@code
     * static Database.Builder database() {
     *     return Database.builder().url("sqlite:///dev.db").models("com.example.models").migrations("com.example.migrations");
     * }
     * // serving:                new StrataPlugin(strata -> strata.from(App.database()))
     * // main(String[] args), "db": System.exit(StrataCli.run(App.database(), dbArgs));
     * }</pre>
     *
     * Settings given after it ({@link #url}…) change that builder; given before it, they would be lost, so
     * that is refused.
     */
    public StrataConfig from(Database.Builder application) {
        Objects.requireNonNull(application, "application builder");
        if (builderSetting != null && !builderSetting.equals("application")) {
            throw new ConfigurationException("from", "The Strata plugin was given " + builderSetting + "(...) before"
                    + " from(builder), which replaces the builder it went to. Call from(builder) first, or set "
                    + builderSetting + " on the application's builder.");
        }
        builderSetting = "from";
        this.builder = application;
        return this;
    }

    /** The database URL ({@code sqlite:///app.db}, {@code postgresql://user:pw@host/db}…); see {@link Database.Builder#url}. */
    public StrataConfig url(String databaseUrl) {
        return builder("url", b -> b.url(databaseUrl));
    }

    /** The package(s) of the {@code @Entity} classes, scanned recursively; see {@link Database.Builder#models}. */
    public StrataConfig models(String... packages) {
        return builder("models", b -> b.models(packages));
    }

    /** Where the migrations live (a package); see {@link Database.Builder#migrations}. */
    public StrataConfig migrations(String location) {
        return builder("migrations", b -> b.migrations(location));
    }

    /** An engine property ({@code hikari.*} for the pool, anything else for Hibernate); see {@link Database.Builder#property}. */
    public StrataConfig property(String key, String value) {
        return builder("property", b -> b.property(key, value));
    }

    /** The largest page size served; see {@link Database.Builder#maxPerPage}. */
    public StrataConfig maxPerPage(int max) {
        return builder("maxPerPage", b -> b.maxPerPage(max));
    }

    /**
     * Configures the database the plugin builds with core's builder, for any of its settings, e.g.
     * {@code strata.builder(db -> db.statusTimeout(Duration.ofSeconds(1)))}.
     */
    public StrataConfig builder(Consumer<Database.Builder> settings) {
        return builder("builder", settings);
    }

    private StrataConfig builder(String setting, Consumer<Database.Builder> settings) {
        if (builderSetting == null) {
            builderSetting = setting;
        }
        settings.accept(builder);
        return this;
    }

    /** The class whose package the default models and migrations locations are derived from. */
    public StrataConfig application(Class<?> applicationClass) {
        if (builderSetting == null) {
            builderSetting = "application";
        }
        this.applicationPackage = applicationClass.getPackageName();
        return this;
    }

    /**
     * Whether each request that may write (POST, PUT, PATCH, DELETE and any other method that is not
     * GET, HEAD or OPTIONS) runs its session in one transaction, committed when the response status is
     * below 400 and rolled back otherwise (default {@code false}: handlers commit themselves and
     * whatever they leave uncommitted is rolled back).
     *
     * <p>GET, HEAD and OPTIONS requests are not wrapped, in either mode: their queries run as the
     * database's autocommit reads, each seeing the latest committed data, and the request ends without
     * a flush. A read then holds no transaction while the response is built: on SQLite, where Strata's
     * transactions take the write lock when they begin, a transaction per GET would queue every reader
     * behind every writer and every other reader. A GET handler
     * that must write does so in its own transaction ({@code db.inTransaction(...)}); changes made to
     * entities outside one are not saved.
     */
    public StrataConfig transactionPerRequest(boolean enabled) {
        this.transactionPerRequest = enabled;
        return this;
    }

    /** The paths of the liveness and readiness routes; {@code null} leaves that route out. */
    public StrataConfig healthPaths(String live, String ready) {
        this.livePath = live;
        this.readyPath = ready;
        return this;
    }

    /** Replaces how readiness is decided (default: the database's schema status). */
    public StrataConfig readinessCheck(ReadinessCheck check) {
        this.readinessCheck = Objects.requireNonNull(check, "readinessCheck");
        return this;
    }

    /**
     * The longest the readiness route waits for its check before answering 503 (default 5 s). The
     * default check is already bounded by the database's own status timeout
     * ({@link Database.Builder#statusTimeout}, 3 s by default); this bounds custom checks too.
     */
    public StrataConfig readinessTimeout(Duration timeout) {
        this.readinessTimeout = Objects.requireNonNull(timeout, "readinessTimeout");
        return this;
    }

    /** The page size {@link Strata#paginate} uses when the request has no {@code per_page} (default 20). */
    public StrataConfig defaultPerPage(int perPage) {
        this.defaultPerPage = perPage;
        return this;
    }

    /**
     * The {@code Content-Security-Policy} of HTML answers that do not set their own (default
     * {@value #DEFAULT_CONTENT_SECURITY_POLICY}); {@code null} sends none. Every response also gets
     * {@code X-Content-Type-Options: nosniff}, HTML {@code X-Frame-Options: DENY}, and HTML and JSON a
     * {@code charset=utf-8}.
     */
    public StrataConfig contentSecurityPolicy(String policy) {
        this.contentSecurityPolicy = policy;
        return this;
    }

    /**
     * Refuses (403) requests that change state (POST, PUT, PATCH, DELETE…) which a browser sent from a page of
     * another site, as a forged form or script would (CSRF), unless that page's origin is one of
     * {@code trustedOrigins} ({@code "https://admin.example.com"}). Browsers tell with {@code Sec-Fetch-Site},
     * older ones with {@code Origin}; requests with neither (curl, other services) are not browsers' and pass.
     * Off by default.
     */
    public StrataConfig refuseCrossSiteWrites(String... trustedOrigins) {
        Set<String> origins = new LinkedHashSet<>();
        for (String origin : trustedOrigins) {
            String normalized = origin == null ? null : CrossSiteWrites.origin(origin);
            if (normalized == null) {
                throw new ConfigurationException("trustedOrigins", "Trusted origin '" + origin + "' is not an origin;"
                        + " give the scheme, host and port only, as browsers send it, e.g. https://admin.example.com"
                        + " or http://localhost:8080.");
            }
            origins.add(normalized);
        }
        this.trustedOrigins = origins;
        return this;
    }

    /**
     * How many connections the operating system queues for the server before it accepts them (default
     * {@value #DEFAULT_ACCEPT_QUEUE_SIZE}; the system may cap it, on Linux at {@code net.core.somaxconn}), so
     * that a burst of clients connecting at once is not refused.
     */
    public StrataConfig acceptQueueSize(int size) {
        this.acceptQueueSize = size;
        return this;
    }

    /**
     * Serves a read-only page about the database at {@code path} (off by default): its status, the revision
     * graph with the database's position, the revisions not yet applied with their SQL for this database,
     * compatibility verdict and safety plan, drift against the models, and the ER diagram of its schema.
     * The page and its stylesheet ({@code <path>/schema-page.css}) load nothing from elsewhere, answer GET
     * only and never change the database. Only requests the {@linkplain #schemaPageGuard guard} allows see
     * it (by default those from this machine, over loopback); others get 404, as if there were no page.
     *
     * <pre>{@code
     * new StrataPlugin(strata -> strata.url("sqlite:///app.db").schemaPage("/_strata"))
     * }</pre>
     *
     * @param path where to serve it, e.g. {@code /_strata}; {@code null} turns it off
     */
    public StrataConfig schemaPage(String path) {
        this.schemaPagePath = path;
        return this;
    }

    /**
     * Who may see the {@linkplain #schemaPage schema page} (default {@link SchemaPageGuard#loopback()}:
     * requests from this machine only); refused requests get 404.
     */
    public StrataConfig schemaPageGuard(SchemaPageGuard guard) {
        this.schemaPageGuard = Objects.requireNonNull(guard, "schemaPageGuard");
        return this;
    }
}
