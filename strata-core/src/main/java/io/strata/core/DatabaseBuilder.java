package io.strata.core;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.ContractMode;

/**
 * The settings methods of {@link Database.Builder}, kept apart from the facade: each layer's URL,
 * models and migrations, the engine properties and limits, resolved by {@link #config()}.
 */
abstract sealed class DatabaseBuilder permits Database.Builder {

    private final DatabaseConfig.Layer overrides = new DatabaseConfig.Layer();
    private final DatabaseConfig.Layer application = new DatabaseConfig.Layer();
    private final DatabaseConfig.Layer defaults = new DatabaseConfig.Layer();
    private boolean environment;
    private boolean withModels = true;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private int maxPerPage = Database.DEFAULT_MAX_PER_PAGE;
    private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private Duration statusTimeout = Database.DEFAULT_STATUS_TIMEOUT;
    private RevisionSet revisionSet;
    private boolean enumChecks = true;
    private HibernateBoot hibernateBoot = HibernateBoot.AT_OPEN;

    
    /** The database URL: {@code sqlite:///app.db}, {@code postgresql://user:pw@host/db}, {@code h2:mem:x}, a {@code jdbc:} URL… */
    public Database.Builder url(String databaseUrl) {
        application.url(databaseUrl);
        return self();
    }

    /** The package(s) holding the {@code @Entity} classes, scanned recursively. */
    public Database.Builder models(String... packages) {
        application.models(packages);
        return self();
    }

    /** Where the migrations (revision classes) live. */
    public Database.Builder migrations(String location) {
        application.migrations(location);
        return self();
    }

    /**
     * The revisions, given directly instead of scanned from {@link #migrations(String)} (no class-path
     * scan at start-up; e.g. {@code RevisionSet.ofClasses(R1.class, R2.class)}).
     */
    public Database.Builder revisions(RevisionSet revisions) {
        this.revisionSet = revisions;
        return self();
    }

    /**
     * An engine property: {@code hikari.*} ones configure the pool (e.g. {@code hikari.maximumPoolSize}),
     * all others are Hibernate settings.
     */
    public Database.Builder property(String key, String value) {
        properties.put(key, value);
        return self();
    }

    /** Several engine properties (see {@link #property}). */
    public Database.Builder properties(Map<String, String> values) {
        properties.putAll(values);
        return self();
    }

    /** The largest page size {@link Database#paginate} serves (default {@value Database#DEFAULT_MAX_PER_PAGE}). */
    public Database.Builder maxPerPage(int max) {
        this.maxPerPage = max;
        return self();
    }

    /** How long {@link Database#status()} waits for the database before answering NO_INFO (default 3 s). */
    public Database.Builder statusTimeout(Duration timeout) {
        this.statusTimeout = timeout;
        return self();
    }

    /**
     * How long each statement of a revision waits for a table's lock per attempt before the revision is
     * rolled back and retried (3 s by default; zero: as long as the database lets it, no retry). Bounds
     * how long a migration can queue the table's readers. {@code DB_LOCK_TIMEOUT} and
     * {@code --lock-timeout} win over it.
     */
    public Database.Builder ddlLockTimeout(Duration timeout) {
        application.ddlLockTimeout(timeout == null ? null : timeout.toString());
        return self();
    }

    /**
     * How long a revision whose statements keep timing out on locks is retried, with jittered pauses,
     * before the migration fails naming the table and who holds it (60 s by default; zero: no retry).
     * {@code DB_LOCK_BUDGET} and {@code --lock-budget} win over it.
     */
    public Database.Builder ddlLockBudget(Duration budget) {
        application.ddlLockBudget(budget == null ? null : budget.toString());
        return self();
    }

    /**
     * How long one statement of the application may take before the database cancels it (10 s by
     * default; zero: no bound). A request whose statement runs longer, or whose database stops answering
     * altogether (a socket timeout a second longer), fails promptly instead of hanging: the Javalin plugin
     * answers it 503 with {@code Retry-After}. PostgreSQL's {@code statement_timeout}, MariaDB's
     * {@code max_statement_time}, each with a socket timeout; SQLite and H2 run in the process, where
     * the busy and lock timeouts bound a write's wait. Migrations are exempt: their lock budget bounds them. {@code DB_QUERY_TIMEOUT} wins over it.
     */
    public Database.Builder queryTimeout(Duration timeout) {
        application.queryTimeout(timeout == null ? null : timeout.toString());
        return self();
    }

    /**
     * How long a SQLite write waits for the file's lock while another connection or process holds it (5 s by
     * default): past it the write fails, is rolled back, and the Javalin plugin answers 503 with
     * {@code Retry-After}, instead of the request hanging. {@code DB_BUSY_TIMEOUT} wins over it, and a
     * {@code busy_timeout} parameter in the URL over both. Other databases ignore it.
     */
    public Database.Builder busyTimeout(Duration timeout) {
        application.busyTimeout(timeout == null ? null : timeout.toMillis() + "ms");
        return self();
    }

    /**
     * Whether enum columns get a check of their values, {@code ck_<table>_<column>}: the constants'
     * names for {@code @Enumerated(EnumType.STRING)}, their ordinal range for {@code ORDINAL} (default
     * on). It shapes the models' schema, so {@code createAll()}, autogenerate, {@code check} and
     * {@code drift} all follow it; turning it off makes the next autogenerated revision drop the checks.
     */
    public Database.Builder enumChecks(boolean enabled) {
        this.enumChecks = enabled;
        return self();
    }

    /**
     * When Hibernate's session factory is built: before {@link #build()} returns ({@link HibernateBoot#AT_OPEN},
     * the default), on a thread of its own while the application goes on starting
     * ({@link HibernateBoot#IN_BACKGROUND}: listen, migrate and answer liveness meanwhile), or at the first
     * session ({@link HibernateBoot#ON_FIRST_USE}). The models are mapped when the database opens in every case.
     */
    public Database.Builder hibernateBoot(HibernateBoot boot) {
        this.hibernateBoot = java.util.Objects.requireNonNull(boot, "boot");
        return self();
    }

    /**
     * What start-up ({@link Database#sync()}, the Javalin plugin) does when the models have changes no
     * revision captures: log one warning ({@link ModelChanges#WARN}, the default), refuse to start
     * ({@link ModelChanges#FAIL}) or skip the check ({@link ModelChanges#IGNORE}). {@code DB_MODEL_CHANGES}
     * and an override win over it.
     */
    public Database.Builder modelChanges(ModelChanges policy) {
        application.modelChanges(policy == null ? null : policy.name());
        return self();
    }

    /**
     * Whether {@link Database#sync()} and {@link Database#upgrade} run contract revisions (the breaking half
     * of an expand/contract change): {@link ContractMode#MANUAL} by default, they stop before the first
     * pending one until {@code db upgrade --contract}; {@link ContractMode#AUTO} runs them with the others.
     * {@code DB_CONTRACT} wins over it.
     */
    public Database.Builder contracts(ContractMode mode) {
        application.contracts(mode == null ? null : mode.name());
        return self();
    }

    /**
     * Whether Hibernate validates the live schema against the models when the database is built
     * ({@code hbm2ddl.auto=validate}, off by default): {@code build()} then needs the database and fails
     * fast with Hibernate's message, e.g. {@code Schema-validation: missing column [bio] in table [author]},
     * when a revision was forgotten or not applied. {@code DB_VALIDATE_SCHEMA} wins over it.
     */
    public Database.Builder validateSchema(boolean validate) {
        application.validateSchema(validate);
        return self();
    }

    /** The class loader to find models with (default: the thread's context class loader). */
    public Database.Builder classLoader(ClassLoader loader) {
        this.classLoader = loader;
        return self();
    }

    /**
     * Lets {@code DATABASE_URL}, {@code DB_MODELS_LOCATION} (comma-separated) and
     * {@code DB_MIGRATIONS_LOCATION}, from system properties else environment variables, win over
     * this builder's URL, models and migrations, whenever this is called. They are read when the
     * configuration is resolved ({@link #config()}, {@link Database.Builder#build()}).
     */
    public Database.Builder fromEnvironment() {
        this.environment = true;
        return self();
    }

    /**
     * Settings that win over the environment and this builder: the {@code db} command line's
     * {@code --url}, {@code --models} and {@code --migrations} go here.
     */
    public Database.Builder overrides(Consumer<DatabaseConfig.Layer> settings) {
        settings.accept(overrides);
        return self();
    }

    /** Settings used only where no other layer gives one: what a framework derives (the Javalin plugin's). */
    public Database.Builder defaults(Consumer<DatabaseConfig.Layer> settings) {
        settings.accept(defaults);
        return self();
    }

    /**
     * A copy of these settings without the models: the {@link Database} it builds boots no Hibernate,
     * for work that needs only the migrations (the {@code db} command line's {@code upgrade},
     * {@code status}…).
     */
    public Database.Builder withoutModels() {
        DatabaseBuilder copy = new Database.Builder();
        for (DatabaseConfig.Layer[] pair : new DatabaseConfig.Layer[][] {{overrides, copy.overrides},
            {application, copy.application}, {defaults, copy.defaults}}) {
            pair[1].url(pair[0].url).migrations(pair[0].migrations).ddlLockTimeout(pair[0].ddlLockTimeout)
                    .ddlLockBudget(pair[0].ddlLockBudget).queryTimeout(pair[0].queryTimeout).modelChanges(pair[0].modelChanges)
                    .busyTimeout(pair[0].busyTimeout).contracts(pair[0].contracts);
            pair[1].validateSchema = pair[0].validateSchema;
        }
        copy.environment = environment;
        copy.withModels = false;
        copy.properties.putAll(properties);
        copy.maxPerPage = maxPerPage;
        copy.classLoader = classLoader;
        copy.statusTimeout = statusTimeout;
        copy.revisionSet = revisionSet;
        copy.enumChecks = enumChecks;
        copy.hibernateBoot = hibernateBoot;
        return copy.self();
    }

    /**
     * The migrations package the layers resolve to, as {@link #config()} would give it, without
     * validating anything else (for tools that need only the package, such as {@code db init}).
     */
    public java.util.Optional<String> migrationsLocation() {
        return java.util.Optional.ofNullable(DatabaseConfig.pick(layers(), layer -> layer.migrations));
    }

    /**
     * Whether a layer gives a database URL, without validating anything (for tools that connect only when one
     * is configured, such as {@code db graph}).
     */
    public boolean hasUrl() {
        return DatabaseConfig.pick(layers(), layer -> layer.url) != null;
    }

    /**
     * The revisions a {@link Database} of these settings runs, read without a URL or a connection: those given
     * to {@link #revisions(RevisionSet)}, else the ones in the migrations package and below it
     * ({@link RevisionSet#empty()} when no package is set); throws
     * {@link io.strata.migrations.revision.NoRevisionsFoundException} for a package that has none.
     */
    public RevisionSet revisions() {
        if (revisionSet != null) {
            return revisionSet;
        }
        String location = migrationsLocation().orElse(null);
        return location == null ? RevisionSet.empty()
                : RevisionSet.scan(location, classLoader != null ? classLoader : Database.class.getClassLoader());
    }

    /** Resolves the layers (reading the environment if asked) and validates them into a frozen configuration. */
    public DatabaseConfig config() {
        return new DatabaseConfig(layers(), withModels, properties, maxPerPage, statusTimeout, classLoader,
                revisionSet, enumChecks, hibernateBoot);
    }

    private java.util.List<DatabaseConfig.Layer> layers() {
        return Arrays.asList(overrides, environment ? DatabaseConfig.Layer.fromEnvironment() : null, application, defaults);
    }

    private Database.Builder self() {
        return (Database.Builder) this;
    }
}
