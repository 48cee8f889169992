package io.strata.javalin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jetty.ee10.servlet.FilterHolder;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.servlet.JavalinServletContext;
import io.javalin.http.servlet.TaskInitializer;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.ContextPlugin;
import io.javalin.validation.ValidationException;
import io.strata.core.ConfigurationException;
import io.strata.core.Database;
import io.strata.migrations.runner.SyncResult;
import io.strata.core.DatabaseConfig;
import io.strata.core.ModelException;
import io.strata.javalin.internal.AcceptQueue;
import io.strata.javalin.internal.CrossSiteWrites;
import io.strata.javalin.internal.HealthRoutes;
import io.strata.javalin.internal.Problems;
import io.strata.javalin.internal.RequestChecks;
import io.strata.javalin.internal.RequestEnd;
import io.strata.javalin.internal.RequestSessions;
import io.strata.javalin.internal.RequestThreadFilter;
import io.strata.javalin.internal.ResponseHeaders;
import io.strata.javalin.internal.SchemaPageRoutes;
import jakarta.servlet.DispatcherType;
import kotlin.LazyKt;

/**
 * The Javalin 7 plugin: a session per request, opened on first use and always closed at the end
 * (uncommitted work rolled back; committed on success in
 * {@linkplain StrataConfig#transactionPerRequest transaction-per-request mode}), one error format, a JSON
 * mapper ready for entities ({@link StrataJson}), and the health routes.
 *
 * <p>Every failed request is answered, by content negotiation, as RFC 9457 problem details
 * ({@code application/problem+json}: {@code type}, {@code title}, {@code status}, {@code detail}, and
 * {@code field} when one is known) or, to browsers, a small HTML page: 404 for the {@code …Or404} helpers
 * and Strata's not-found errors, 400 for bad path/query parameters, malformed or mistyped JSON bodies and
 * NOT NULL/CHECK violations, 409 for a taken unique value, 503 with {@code Retry-After: 5} when the
 * database cannot be reached (also mid-request), any of Javalin's {@code HttpResponseException}s a handler
 * throws ({@code new BadRequestResponse("…", Map.of("field", "email"))}), and a 500 that shows nothing of
 * the failure (logged instead). Strata's exceptions map by their {@link io.strata.ErrorKind}. Input no
 * database stores faithfully (a NUL character or a lone surrogate in a query parameter or a body string, a
 * body field given twice) is a 400 naming it, on every database; a body read as JSON with another
 * {@code Content-Type} is a 415; with {@link StrataConfig#refuseCrossSiteWrites}, a write sent by another
 * site's page is a 403. Every response gets {@code X-Content-Type-Options: nosniff}, HTML a
 * {@linkplain StrataConfig#contentSecurityPolicy Content-Security-Policy} and {@code X-Frame-Options: DENY}.
 *
 * <pre>{@code
 * Javalin.create(config -> {
 *     config.registerPlugin(new StrataPlugin(strata -> strata
 *             .url("postgresql://app:secret@localhost/app")
 *             .transactionPerRequest(true)));
 *     config.routes.get("/books", ctx -> ctx.json(
 *             Strata.paginate(Strata.session(ctx).createSelectionQuery("from Book order by id", Book.class), ctx)));
 * });
 * }</pre>
 *
 * <p>Creating the plugin runs {@link Database#checkModelsAtStartup()}: when the models have changes no
 * revision captures, one warning names them (or, with {@code DB_MODEL_CHANGES=fail}, the plugin refuses
 * to start with {@link io.strata.core.UncapturedModelChangesException}).
 *
 * <p>With {@link StrataConfig#schemaPage}, the plugin also serves a read-only page about the database (status,
 * revision graph, pending revisions with their SQL, drift, ER diagram) to requests from this machine, or to
 * those its {@link SchemaPageGuard} allows.
 *
 * <p>Handlers reach the request's database through {@link Strata} (or {@code ctx.with(StrataPlugin.class)}).
 * On the thread that received the request, the request's session is that thread's
 * {@link Database#session()}, so the core helpers ({@code db.getOrCreate}, finders) share it.
 *
 * <p>Async handlers ({@code ctx.future}, {@code ctx.async}): inside the async part call
 * {@link Strata#session(Context)} there; it gives a session owned by the request and bound to no
 * thread, ended with the request wherever it ends. Use that session itself (not the core's
 * thread-scoped helpers, which on your executor's threads use those threads' sessions, yours to
 * remove), from one thread at a time, and do not carry a session from the request thread into the
 * async part: work left uncommitted on the request thread is rolled back when that thread leaves
 * the request.
 */
public final class StrataPlugin extends ContextPlugin<StrataConfig, RequestDatabase> {

    private final Database database;
    private final boolean ownsDatabase;
    private HealthRoutes health;

    /** A plugin configured by {@code settings} (see {@link StrataConfig} for the defaults). */
    public StrataPlugin(Consumer<StrataConfig> settings) {
        super(settings, new StrataConfig());
        StrataConfig config = pluginConfig;
        validate(config);
        this.ownsDatabase = config.database == null;
        this.database = ownsDatabase
                ? build(config.builder, config.applicationPackage != null ? config.applicationPackage : callerPackage())
                : config.database;
        try {
            // Models changed without a revision: one warning at start-up (or a refusal), not 500s later.
            database.checkModelsAtStartup();
        } catch (RuntimeException e) {
            if (ownsDatabase) {
                database.close();
            }
            throw e;
        }
    }

    /** A plugin over {@code db}, with the default settings (the plugin does not close it). */
    public StrataPlugin(Database db) {
        this(strata -> strata.database(db));
    }

    /** The plugin's database (for start-up work such as {@code sync()}). */
    public Database database() {
        return database;
    }

    /**
     * Runs {@link Database#sync()} while the server already listens, for migrations that take longer than
     * an orchestrator's liveness probe allows: until it returns, the liveness route answers 200 and the
     * readiness route 503 with status {@code MIGRATING} (then {@code STARTING} while Hibernate's session factory
     * is still being built, for a database opened with {@link io.strata.core.HibernateBoot#IN_BACKGROUND}: call
     * {@link Database#awaitBoot()} after this). Call it after {@code app.start()}; when it throws
     * (a failed migration, a database ahead of this code by breaking revisions), stop the server.
     *
     * <pre>{@code
     * Javalin app = Javalin.create(config -> config.registerPlugin(strata)).start(8080);
     * try {
     *     strata.sync();
     * } catch (RuntimeException e) {
     *     app.stop();
     *     throw e;
     * }
     * }</pre>
     */
    public SyncResult sync() {
        HealthRoutes routes = health;
        if (routes != null) {
            routes.migrating(true);
        }
        try {
            return database.sync();
        } finally {
            if (routes != null) {
                routes.migrating(false);
            }
        }
    }

    /** Whether requests run in one transaction each (see {@link StrataConfig#transactionPerRequest}). */
    public boolean transactionPerRequest() {
        return pluginConfig.transactionPerRequest;
    }

    @Override
    public void onInitialize(JavalinState state) {
        Problems problems = new Problems(database);
        List<TaskInitializer<JavalinServletContext>> lifecycle = new ArrayList<>(state.servletRequestLifecycle);
        lifecycle.add(new RequestChecks(pluginConfig.trustedOrigins == null ? null
                : new CrossSiteWrites(pluginConfig.trustedOrigins)));
        lifecycle.add(new RequestEnd(database, pluginConfig.transactionPerRequest, problems));
        // After the request's end, which may still turn a failed commit into an error answer.
        lifecycle.add(new ResponseHeaders(pluginConfig.contentSecurityPolicy));
        state.servletRequestLifecycle = lifecycle;
        // A body read as JSON must say it is JSON: a form or text/plain post (a cross-site form) is refused (415).
        state.http.strictContentTypes = true;
        state.jetty.modifyServer(server -> AcceptQueue.size(server, pluginConfig.acceptQueueSize));
        state.jetty.modifyServletContextHandler(handler -> handler.addFilter(
                new FilterHolder(new RequestThreadFilter(database)), "/*", EnumSet.of(DispatcherType.REQUEST)));

        // The closest registered class wins: an application's handler for a more specific exception replaces these.
        state.routes.exception(Exception.class, problems::answer);
        state.routes.exception(HttpResponseException.class, problems::answer);
        state.routes.exception(ValidationException.class, problems::answer);
        state.jsonMapper = LazyKt.lazy(() -> new JavalinJackson(StrataJson.objectMapper(), state.concurrency.useVirtualThreads));

        ReadinessCheck check = pluginConfig.readinessCheck != null ? pluginConfig.readinessCheck : Readiness::of;
        health = new HealthRoutes(database, check, pluginConfig.readinessTimeout);
        if (pluginConfig.livePath != null) {
            state.routes.get(pluginConfig.livePath, health::live);
        }
        if (pluginConfig.readyPath != null) {
            state.routes.get(pluginConfig.readyPath, health::ready);
        }
        if (pluginConfig.schemaPagePath != null) {
            SchemaPageRoutes page = new SchemaPageRoutes(database, health::readiness, pluginConfig.schemaPagePath,
                    pluginConfig.schemaPageGuard);
            state.routes.get(page.path(), page::page);
            state.routes.get(page.stylesheetPath(), page::stylesheet);
        }
        state.events.serverStopped(this::stop);
    }

    /** The request's view of the database (what {@link Strata#db(Context)} returns). */
    @Override
    public RequestDatabase createExtension(Context ctx) {
        return new RequestDatabase(ctx, database, RequestSessions.of(ctx), pluginConfig.defaultPerPage);
    }

    private void stop() {
        if (health != null) {
            health.close();
        }
        if (ownsDatabase) {
            database.close();
        }
    }

    /**
     * Opens the database of {@code builder} with the environment over it and the application package's
     * defaults under it (the order is core's: see {@link DatabaseConfig}).
     */
    private static Database build(Database.Builder builder, String applicationPackage) {
        String prefix = applicationPackage.isEmpty() ? "" : applicationPackage + ".";
        DatabaseConfig config;
        try {
            config = builder.fromEnvironment()
                    .defaults(defaults -> defaults.models(prefix + "models").migrations(prefix + "migrations"))
                    .config();
        } catch (ConfigurationException e) {
            if (!e.setting().matches("url|" + Database.ENV_URL) || !e.getMessage().contains("is not set")) {
                throw e;
            }
            throw new ConfigurationException(e.setting(), e.getMessage() + " For the plugin: strata.url(\"sqlite:///app.db\"),"
                    + " strata.from(builder) with the application's builder (the one its db commands use), or DATABASE_URL.", e);
        }
        try {
            return Database.open(config);
        } catch (ModelException e) {
            if (config.modelsOrigin() != DatabaseConfig.Origin.DEFAULT) {
                throw e;
            }
            throw new ConfigurationException("models", "No models package was configured, so Strata looked in "
                    + prefix + "models (the application's package + '.models'): " + e.getMessage()
                    + " Give the package with strata.models(\"com.example.models\") or DB_MODELS_LOCATION, or the"
                    + " application class with strata.application(App.class).", e);
        }
    }

    private static void validate(StrataConfig config) {
        if (config.database != null && config.builderSetting != null) {
            String also = config.builderSetting;
            throw new ConfigurationException(also, "The Strata plugin was given both a Database and " + also
                    + "(...), which only applies to a Database the plugin builds. Configure the Database"
                    + " you pass with Database.builder(), or drop database(...) and let the plugin build it.");
        }
        for (String path : new String[] {config.livePath, config.readyPath}) {
            if (path != null && !path.startsWith("/")) {
                throw new ConfigurationException("healthPaths", "Health path '" + path + "' must start with '/'"
                        + " (e.g. /healthz/ready), or be null to leave the route out.");
            }
        }
        String page = config.schemaPagePath;
        if (page != null && (!page.startsWith("/") || page.length() < 2 || page.endsWith("/"))) {
            throw new ConfigurationException("schemaPage", "Schema page path '" + page + "' must start with '/', name"
                    + " a page and not end with '/' (e.g. /_strata), or be null to leave the page out.");
        }
        if (config.readinessTimeout.isNegative() || config.readinessTimeout.isZero()) {
            throw new ConfigurationException("readinessTimeout", "readinessTimeout must be positive, got "
                    + config.readinessTimeout + ". Give e.g. Duration.ofSeconds(2).");
        }
        if (config.acceptQueueSize < 1) {
            throw new ConfigurationException("acceptQueueSize", "acceptQueueSize must be 1 or more, got "
                    + config.acceptQueueSize + ". Give e.g. " + StrataConfig.DEFAULT_ACCEPT_QUEUE_SIZE + ".");
        }
        if (config.defaultPerPage < 1) {
            throw new ConfigurationException("defaultPerPage", "defaultPerPage must be 1 or more, got "
                    + config.defaultPerPage + ".");
        }
    }

    /** The package of the code that created the plugin: the application's, for the default locations. */
    private static String callerPackage() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                        .filter(type -> type != StrataPlugin.class)
                        .findFirst()
                        .map(Class::getPackageName)
                        .orElse(""));
    }
}
