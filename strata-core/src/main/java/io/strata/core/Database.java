package io.strata.core;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.hibernate.LockMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.SelectionQuery;

import io.strata.core.internal.boot.ConnectionPool;
import io.strata.core.internal.boot.Orm;
import io.strata.core.internal.query.CreatePath;
import io.strata.core.internal.query.Helpers;
import io.strata.core.internal.query.Pagination;
import io.strata.core.internal.schema.Migrations;
import io.strata.core.internal.schema.SchemaManager;
import io.strata.core.internal.session.OpenDatabases;
import io.strata.core.internal.session.ScopedSessions;
import io.strata.core.internal.url.DatabaseUrl;
import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.migrations.runner.MigrationResult;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.runner.SchemaStatus;
import io.strata.migrations.runner.SyncResult;

/**
 * The one object that owns a database: its connection pool, Hibernate, per-thread sessions, the
 * query helpers and the schema. Build it once at start-up and share it; it is thread-safe. Its
 * settings are a frozen {@link DatabaseConfig}; where each comes from (options, environment,
 * builder, defaults) is described {@linkplain DatabaseConfig there}.
 *
 * <pre>{@code
 * Database db = Database.builder()
 *         .url("postgresql://app:secret@localhost/app")
 *         .models("com.example.models")
 *         .build();
 * }</pre>
 */
public final class Database implements AutoCloseable {

    /** Environment variable or system property holding the database URL. */
    public static final String ENV_URL = "DATABASE_URL";
    /** Environment variable or system property holding the models package(s), comma-separated. */
    public static final String ENV_MODELS = "DB_MODELS_LOCATION";
    /** Environment variable or system property holding the migrations location. */
    public static final String ENV_MIGRATIONS = "DB_MIGRATIONS_LOCATION";
    /** Environment variable or system property: each statement's lock wait per attempt, e.g. {@code 3s}. */
    public static final String ENV_LOCK_TIMEOUT = "DB_LOCK_TIMEOUT";
    /** Environment variable or system property: how long a revision is retried on lock timeouts, e.g. {@code 60s}. */
    public static final String ENV_LOCK_BUDGET = "DB_LOCK_BUDGET";
    /** Environment variable or system property: how long one statement of the application may take, e.g. {@code 10s}. */
    public static final String ENV_QUERY_TIMEOUT = "DB_QUERY_TIMEOUT";
    /** Environment variable or system property: what start-up does about uncaptured model changes ({@code warn}, {@code fail}, {@code ignore}). */
    public static final String ENV_MODEL_CHANGES = "DB_MODEL_CHANGES";
    /** Environment variable or system property: {@code true} to have Hibernate validate the live schema at start-up. */
    public static final String ENV_VALIDATE_SCHEMA = "DB_VALIDATE_SCHEMA";
    /** Environment variable or system property: how long a SQLite write waits for a lock another process holds, e.g. {@code 5s}. */
    public static final String ENV_BUSY_TIMEOUT = "DB_BUSY_TIMEOUT";
    /**
     * Environment variable or system property: whether sync and upgrade run contract revisions
     * ({@code manual}, the default, or {@code auto}).
     */
    public static final String ENV_CONTRACT = "DB_CONTRACT";
    /** The default bound on a SQLite write's wait for a lock another connection or process holds. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);
    /** The default cap on {@link #paginate} page sizes. */
    public static final int DEFAULT_MAX_PER_PAGE = 100;
    /** The default bound on {@link #status()}. */
    public static final java.time.Duration DEFAULT_STATUS_TIMEOUT = java.time.Duration.ofSeconds(3);

    /** The default bound on each statement of the application ({@link Builder#queryTimeout}). */
    public static final java.time.Duration DEFAULT_QUERY_TIMEOUT = java.time.Duration.ofSeconds(10);

    private static final OpenDatabases<Database> OPEN = new OpenDatabases<>();

    private final DatabaseConfig config;
    private final DatabaseUrl url;
    private final ConnectionPool pool;
    /** Hibernate, the entities and the sessions: {@code null} when there are no models. */
    private final Orm orm;
    private final SchemaManager schema;
    private final CreatePath createPath;
    private final Migrations migrationSet;
    private final ModelChangesGuard modelChanges;

    private Database(DatabaseConfig config) {
        this.config = config;
        this.url = config.parsedUrl();
        // Only the helpers over entities insert; a database without models does not load their machinery.
        this.createPath = config.models().isEmpty() ? null : url.kind().createPath();
        this.pool = ConnectionPool.create(url, config.properties(), config.classLoader(), config.queryTimeout(),
                config.busyTimeout(), config.pooled());
        if (config.hibernateBoot() == HibernateBoot.IN_BACKGROUND && config.pooled()) {
            // A start that does its slow work in the background: the first connection opens while the models are mapped.
            pool.openInBackground();
        }
        Orm booted = null;
        try {
            booted = config.models().isEmpty() ? null
                    : Orm.boot(url, pool, config.models(), config.properties(), config.classLoader(),
                            config.validateSchema(), config.hibernateBoot());
            this.orm = booted;
            this.schema = new SchemaManager(url.kind(), pool, orm == null ? null : orm.models(), config.enumChecks());
            this.migrationSet = url.kind().migrationsDialect().isEmpty() ? null
                    : new Migrations(pool, pool.forMigrations(), schema.dialect(), config.migrations().orElse(null), config.revisions(),
                            config.classLoader(), config.statusTimeout(), config.ddlLockTimeout(), config.ddlLockBudget(),
                            config.contracts());
        } catch (RuntimeException e) {
            // What was built before the failure goes too: the session factory holds threads and caches.
            try {
                if (booted != null) {
                    booted.close();
                }
            } finally {
                pool.close();
            }
            throw e;
        }
        this.modelChanges = new ModelChangesGuard(config.modelChanges(), orm == null || migrationSet == null ? null
                : () -> migrationSet.heads().isEmpty() ? List.of() : modelRevisions().check().differences());
        OPEN.add(this);
    }

    /** A builder for a database; nothing is read from the environment unless asked ({@link Builder#fromEnvironment()}). */
    public static Builder builder() {
        return new Builder();
    }

    /** A database configured from {@code DATABASE_URL}, {@code DB_MODELS_LOCATION} and {@code DB_MIGRATIONS_LOCATION}. */
    public static Database fromEnvironment() {
        return builder().fromEnvironment().build();
    }

    /**
     * Starts the pool (without connecting) and boots Hibernate over the models of a validated configuration
     * (its session factory when {@link DatabaseConfig#hibernateBoot()} says).
     */
    public static Database open(DatabaseConfig config) {
        return new Database(java.util.Objects.requireNonNull(config, "config"));
    }

    // ---------------------------------------------------------------- sessions

    /** The current thread's session, opened on first use. Writes need a transaction: see {@link #useTransaction}. */
    public Session session() {
        return requireModels("session()").current();
    }

    /**
     * Marks the current thread as running one unit of work that {@link #removeSession()} ends (a web request,
     * a job): the thread's session, whichever call opens it ({@link #session()}, {@code getOrCreate}, a
     * {@code Finder}, {@code paginate}…), keeps the pooled connection its first statement takes until
     * {@code removeSession()}. Otherwise a session outside a transaction gives its connection back to the pool
     * after each statement, so a request that reads twice borrows twice and may queue for the pool between its
     * own statements, behind other requests. Call it before the thread's session is opened, and end the work
     * with {@code removeSession()}, or the connection stays taken. Strata's Javalin plugin does both for every
     * request. Without models it does nothing.
     */
    public void beginUnitOfWork() {
        if (orm != null) {
            orm.sessions().beginUnitOfWork();
        }
    }

    /** Rolls back the current thread's uncommitted work and closes its session (call it at the end of a request). */
    public void removeSession() {
        if (orm != null) {
            orm.sessions().remove();
        }
    }

    /** Commits the current thread's transaction, if one is active. */
    public void commit() {
        if (orm != null) {
            orm.sessions().commit();
        }
    }

    /** Rolls back the current thread's transaction, if one is active. */
    public void rollback() {
        if (orm != null) {
            orm.sessions().rollback();
        }
    }

    /**
     * Runs {@code work} in a transaction of the current session and returns its result: commits when
     * it returns, rolls back when it throws. Inside an active transaction, joins it (the outer owner commits).
     */
    public <R> R inTransaction(Function<Session, R> work) {
        return requireModels("inTransaction").inTransaction(work);
    }

    /** Runs {@code work} in a transaction of the current session, as {@link #inTransaction(Function)}. */
    public void useTransaction(Consumer<Session> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    // ---------------------------------------------------------------- helpers

    /** The entity with this primary key, if any. */
    public <T> Optional<T> getByPk(Class<T> type, Object id) {
        entities("getByPk").of(type);
        return Optional.ofNullable(Helpers.findById(session(), type, id));
    }

    /**
     * The one entity matching {@code filter} (attribute name → value; a {@code null} value matches NULL).
     *
     * @throws NoRowFoundException when none matches
     * @throws MultipleRowsFoundException when several match
     * @throws UnknownAttributeException when a key is not an attribute of {@code type}
     */
    public <T> T getOne(Class<T> type, Map<String, ?> filter) {
        return Helpers.getOne(session(), entities("getOne").of(type), filter);
    }

    /** The one entity matching {@code filter}, if any (several is an error, as for {@link #getOne}). */
    public <T> Optional<T> findOne(Class<T> type, Map<String, ?> filter) {
        return Helpers.findOne(session(), entities("findOne").of(type), filter, LockMode.NONE);
    }

    /** {@link #getOrCreate(Class, Map, Map)} with no defaults. */
    public <T> GetOrCreateResult<T> getOrCreate(Class<T> type, Map<String, ?> filter) {
        return getOrCreate(type, filter, Map.of());
    }

    /**
     * The entity matching {@code filter}, or a new one made from {@code filter} and {@code defaults}
     * and inserted. Joins the session's transaction, beginning one if none is active: the caller
     * commits ({@link #commit()}). Race-safe where a unique constraint covers the filter: concurrent
     * callers get the same row and none gets an exception.
     */
    public <T> GetOrCreateResult<T> getOrCreate(Class<T> type, Map<String, ?> filter, Map<String, ?> defaults) {
        return Helpers.getOrCreate(session(), entities("getOrCreate").of(type), filter, defaults, createPath);
    }

    /** {@link #updateOrCreate(Class, Map, Map, Map)} with the same values for update and create. */
    public <T> GetOrCreateResult<T> updateOrCreate(Class<T> type, Map<String, ?> filter, Map<String, ?> defaults) {
        return updateOrCreate(type, filter, defaults, Map.of());
    }

    /**
     * Updates the entity matching {@code filter} with {@code defaults}, or inserts one made from
     * {@code filter}, {@code defaults} and {@code createDefaults} (which win over defaults). Race-safe
     * and transactional like {@link #getOrCreate(Class, Map, Map)}.
     */
    public <T> GetOrCreateResult<T> updateOrCreate(Class<T> type, Map<String, ?> filter, Map<String, ?> defaults,
            Map<String, ?> createDefaults) {
        return Helpers.updateOrCreate(session(), entities("updateOrCreate").of(type), filter, defaults, createDefaults,
                createPath);
    }

    /** The page {@code page} (from 1) of a query, counting the total; {@code perPage} is capped at the maximum. */
    public <T> Page<T> paginate(SelectionQuery<T> query, int page, int perPage) {
        return paginate(query, page, perPage, true);
    }

    /**
     * The page {@code page} (from 1) of a query; with {@code count} false the total is not queried
     * (cheaper on large tables; {@link Page#total()} is then empty).
     *
     * @throws PageOutOfRangeException for a page past the last one
     * @throws IllegalArgumentException for a page or size below 1
     */
    public <T> Page<T> paginate(SelectionQuery<T> query, int page, int perPage, boolean count) {
        return Pagination.page(query, page, perPage, config.maxPerPage(), count);
    }

    /** A typed finder for an entity bound to this database (see {@link Finder}). */
    public <T> Finder<T> finder(Class<T> type) {
        entities("finder").of(type);
        return Finder.of(type).on(this);
    }

    /** Whether {@code type} is one of this database's entities. */
    public boolean manages(Class<?> type) {
        return orm != null && orm.entities().manages(type);
    }

    // ---------------------------------------------------------------- schema

    /** Creates the models' tables, constraints and indexes that do not exist yet. */
    public void createAll() {
        schema.createAll();
    }

    /** Drops the models' tables (whatever the foreign keys between them); other tables are left alone. */
    public void dropAll() {
        schema.dropAll();
    }

    /** Whether the table exists in the database. */
    public boolean existsInDb(String table) {
        return schema.exists(table, null);
    }

    /** Whether the column exists in the table in the database. */
    public boolean existsInDb(String table, String column) {
        return schema.exists(table, column);
    }

    /** Whether this is a SQLite database. */
    public boolean isSqlite() {
        return url.kind().is("sqlite");
    }

    /** The neutral schema of the models (what {@link #createAll()} creates). */
    public io.strata.migrations.schema.Schema modelSchema() {
        requireModels("modelSchema()");
        return schema.modelSchema();
    }

    // ---------------------------------------------------------------- migrations

    /**
     * Brings the schema to the latest revision, as every replica does at start-up: a database with no
     * version gets the models' tables and is stamped with the latest revision ({@link SyncResult#CREATED}),
     * one behind is upgraded ({@link SyncResult#UPGRADED}), one at the latest is left alone. One ahead of
     * this code by compatible revisions is left alone too ({@link SyncResult#AHEAD_COMPATIBLE}); one ahead
     * by breaking revisions throws {@link io.strata.migrations.runner.DatabaseAheadException} naming them. Runs under a
     * database lock: replicas starting together serialize, and the later ones find the work done.
     * A database with no version is built by the revisions from base instead when the models differ from
     * the schema the revisions build (or there are no models), so its recorded version always names the
     * schema it holds. First runs {@link #checkModelsAtStartup()}: models with changes no revision captures
     * are named in one warning, or refused before the database is touched ({@link ModelChanges#FAIL}).
     */
    public SyncResult sync() {
        checkModelsAtStartup();
        return migrations().sync(orm == null ? null : schema.modelSchema());
    }

    /**
     * The start-up check that every model change is in a revision: compares the models with the schema
     * the revisions build (no database needed) and, as {@link DatabaseConfig#modelChanges()} says, logs
     * one warning naming the changes ("Your models have changes that are not yet in a revision:
     * author.pinned added; run `db migrate`…"), throws {@link UncapturedModelChangesException}, or does
     * nothing. Compares once per Database and warns once; {@link #sync()} and the Javalin plugin call it.
     * Without models or without revisions there is nothing to compare.
     *
     * @return the changes the revisions lack (empty when none, or when the check is off)
     */
    public List<io.strata.migrations.diff.Difference> checkModelsAtStartup() {
        return modelChanges.run();
    }

    /** Creates the models' missing tables and stamps the latest revision, under the migration lock. */
    public MigrationResult create() {
        requireModels("create()");
        return migrations().migrator().create(schema.modelSchema());
    }

    /** Upgrades to the latest revision(s). */
    public MigrationResult upgrade() {
        return upgrade("heads");
    }

    /**
     * Upgrades to a target: {@code head}, {@code heads}, a revision id or unique prefix, {@code +1}…; stops
     * before the first pending contract revision unless {@link DatabaseConfig#contracts()} is
     * {@link io.strata.migrations.runner.ContractMode#AUTO} ({@link MigrationResult#contractWaiting()} names it).
     */
    public MigrationResult upgrade(String target) {
        return migrations().migrator().upgrade(target);
    }

    /** Upgrades to a target running contract revisions too ({@code db upgrade --contract}). */
    public MigrationResult upgradeWithContracts(String target) {
        return migrations().migrator().upgradeWithContracts(target);
    }

    /** Downgrades to a target: {@code -1}, a revision id, {@code base}… */
    public MigrationResult downgrade(String target) {
        return migrations().migrator().downgrade(target);
    }

    /** Records the target as the database's revision without running any migration. */
    public MigrationResult stamp(String target) {
        return migrations().migrator().stamp(target);
    }

    /** Drops the models' tables, the version table and the runner's tables beside it (verdicts, progress, backfills). */
    public void drop() {
        dropAll();
        for (String table : Migrator.bookkeepingTableNames(Migrator.DEFAULT_VERSION_TABLE)) {
            schema.dropVersionTable(table);
        }
    }

    /** The revision ids recorded in the database (empty when none; several when branches are applied). */
    public Set<String> currentRevisions() {
        return migrations().migrator().current();
    }

    /** The single revision recorded in the database, if any; several is an error naming them. */
    public Optional<String> currentRevision() {
        return Migrations.single(currentRevisions(), "currentRevision()");
    }

    /** The latest revisions: the heads of the revision graph (computed once). */
    public Set<String> latestRevisions() {
        return migrations().heads();
    }

    /** The single latest revision, if any; several heads is an error naming them and the fix. */
    public Optional<String> latestRevision() {
        return Migrations.single(latestRevisions(), "latestRevision()");
    }

    /**
     * Where the schema stands: {@link DatabaseStatus#UP_TO_DATE}, {@link DatabaseStatus#UPGRADE_AVAILABLE},
     * {@link DatabaseStatus#AHEAD_COMPATIBLE}, {@link DatabaseStatus#AHEAD_BREAKING} or
     * {@link DatabaseStatus#NO_INFO}. Never throws; costs one query (two when ahead); answers NO_INFO
     * within the status timeout (3 s by default) when the database does not answer, and while an error said
     * its file is damaged and no check has cleared it since. Meant for readiness probes.
     */
    public DatabaseStatus status() {
        return schemaStatus().status();
    }

    /**
     * {@link #status()} with the revisions behind it: the current and latest ones, and those the database
     * has applied that this code does not know, with their recorded compatibility and {@code message()}.
     */
    public SchemaStatus schemaStatus() {
        if (migrationSet == null) {
            return SchemaStatus.noInfo(Set.of());
        }
        if (pool.fault().isPresent()) {
            return SchemaStatus.noInfo(Set.of());
        }
        return migrationSet.schemaStatus();
    }

    /**
     * {@link #schemaStatus()} for a command line: the same bound (the status timeout, 3 s by default), but
     * a database that fails or does not answer in time throws {@link DatabaseUnreachableException} instead
     * of answering NO_INFO.
     */
    public SchemaStatus checkedStatus() {
        Duration bound = config.statusTimeout();
        return migrations().statusOrThrow(() -> new DatabaseUnreachableException(url.location(),
                "The " + url.kind().name() + " database at " + url.location() + " did not answer within "
                        + bound.toMillis() + " ms (the status timeout). Check that the server is running and reachable,"
                        + " and that the URL (" + url + ") is right.", null));
    }

    /** The migration runner over this database (what the {@code db} command line drives). */
    public Migrator migrator() {
        return migrations().migrator();
    }

    private Migrations migrations() {
        if (migrationSet == null) {
            schema.dialect();
        }
        return migrationSet;
    }

    // ---------------------------------------------------------------- autogenerate and checks

    /**
     * Compares the models with the schema the revisions build (by replaying them: no database is
     * needed) and, when they differ, writes a revision that carries the changes, with its downgrade,
     * into {@code sourceDir} under the migrations package. Nothing is written when nothing changed.
     *
     * <pre>{@code
     * GeneratedRevision revision = db.autogenerate("add stores",
     *         DiffOptions.defaults().renameColumn("book", "title", "name"), Path.of("src/main/java"));
     * System.out.println(revision.summary());   // or "No changes detected…"
     * }</pre>
     *
     * <p>The revisions are those found when this Database first needed them: compile a written
     * revision (and build a new Database) before generating the next one.
     *
     * @param message what the revision does; also names its class, e.g. {@code V20261121_1200_AddStores}
     * @param options rename hints and tables to leave out ({@code DiffOptions.defaults()} for none)
     * @param sourceDir the source root the package's directories are under, e.g. {@code src/main/java}
     * @throws io.strata.migrations.graph.MultipleHeadsException when the revisions have several heads (merge them first)
     * @throws ConfigurationException when there are no models or no migrations package
     * @throws io.strata.migrations.writer.RevisionWriteException when the file exists already or cannot be written
     */
    public GeneratedRevision autogenerate(String message, DiffOptions options, java.nio.file.Path sourceDir) {
        java.util.Objects.requireNonNull(sourceDir, "sourceDir");
        GeneratedRevision revision = autogenerate(message, options);
        return revision.isEmpty() ? revision : revision.writeTo(sourceDir);
    }

    /**
     * The revision {@link #autogenerate(String, DiffOptions, java.nio.file.Path)} would write, without
     * writing it (to preview it, or to write it later with {@link GeneratedRevision#writeTo}).
     */
    public GeneratedRevision autogenerate(String message, DiffOptions options) {
        requireModels("autogenerate");
        return modelRevisions().autogenerate(message, options);
    }

    /**
     * As {@link #autogenerate(String, DiffOptions)}, writing a change that breaks replicas running the
     * previous code as two revisions ({@code db migrate --expand-contract}): {@code "<message> (expand)"},
     * compatible, which adds the new columns, fills them and keeps old and new columns written (triggers
     * on PostgreSQL, MariaDB and SQLite; on H2 the application writes both), and {@code "<message> (contract)"},
     * marked {@link io.strata.migrations.revision.Revision#contract()}, which drops what old code used and
     * sets NOT NULL; {@link #sync()} stops before it until {@code db upgrade --contract}. A change that
     * breaks nothing gives one revision. Nothing is written; write each with {@link GeneratedRevision#writeTo}.
     *
     * @return the expand revision, then the contract revision if any (one empty revision when nothing changed)
     */
    public List<GeneratedRevision> autogenerateExpandContract(String message, DiffOptions options) {
        requireModels("autogenerate");
        return modelRevisions().autogenerateExpandContract(message, options);
    }

    /**
     * Writes a merge revision, with no operations, that follows {@code parents} (by default every
     * head) into {@code sourceDir} under the migrations package: what {@code db merge} does when
     * branches have made several heads.
     *
     * @throws io.strata.StrataException when there is nothing to merge (fewer than two revisions)
     */
    public GeneratedRevision merge(String message, java.nio.file.Path sourceDir, String... parents) {
        java.util.Objects.requireNonNull(sourceDir, "sourceDir");
        return modelRevisions().merge(message, List.of(parents)).writeTo(sourceDir);
    }

    /**
     * Compares the models with the schema the revisions build (no database needed): empty when
     * every model change is captured by a revision. The CI guard behind {@code db check}.
     */
    public SchemaCheck check() {
        requireModels("check");
        return modelRevisions().check();
    }

    /**
     * Reads the live schema (leaving out the version table) and compares it with the models and with
     * the schema its recorded revisions build, ignoring what this kind of database cannot represent.
     */
    public DriftReport drift() {
        requireModels("drift");
        return modelRevisions().drift();
    }

    private ModelRevisions modelRevisions() {
        return new ModelRevisions(schema::modelSchema, this::migrator, config.migrations().orElse(null), schema.dialect().name(),
                pool);
    }

    // ---------------------------------------------------------------- plumbing

    /**
     * The JDBC data source (for plain JDBC work next to Hibernate): the pool's, or the driver's own connections
     * for settings {@linkplain DatabaseConfig#withoutPool() without a pool}.
     */
    public javax.sql.DataSource dataSource() {
        return pool;
    }

    /** Hibernate's session factory (waiting for it when it is being built: see {@link HibernateBoot}). */
    public SessionFactory sessionFactory() {
        requireModels("sessionFactory()");
        return orm.sessionFactory().get();
    }

    /**
     * Waits until Hibernate's session factory is built and throws what made its build fail (a
     * {@link ModelException}, or {@link DatabaseUnreachableException} when {@code validateSchema} could not
     * connect); returns at once when it is built, or when there are no models. For a database opened with
     * {@link HibernateBoot#IN_BACKGROUND}: call it when the rest of start-up is done, so a broken start
     * stops the application instead of failing its first requests. With {@link HibernateBoot#ON_FIRST_USE}
     * it builds the session factory.
     */
    public void awaitBoot() {
        if (orm != null) {
            orm.sessionFactory().get();
        }
    }

    /**
     * Whether Hibernate's session factory is being built on its own thread now ({@link HibernateBoot#IN_BACKGROUND}):
     * a session asked for meanwhile waits for it. Never waits.
     */
    public boolean booting() {
        return orm != null && orm.sessionFactory().building();
    }

    /** The frozen settings this database was opened with (passwords masked in its {@code toString()}). */
    public DatabaseConfig config() {
        return config;
    }

    /** Which database this is, in one line safe to print: see {@link DatabaseConfig#describeTarget()}. */
    public String target() {
        return config.describeTarget();
    }

    /** The configured migrations location, if any. */
    public Optional<String> migrationsLocation() {
        return config.migrations();
    }

    /** The models packages. */
    public List<String> modelPackages() {
        return config.models();
    }

    /** Closes the current thread's session, Hibernate and the pool. */
    @Override
    public void close() {
        OPEN.remove(this);
        try {
            removeSession();
            if (orm != null) {
                orm.close();
            }
        } finally {
            pool.close();
        }
    }

    /** The database's URL, with the password masked. */
    @Override
    public String toString() {
        return "Database[" + url + ", models=" + config.models() + "]";
    }

    static Database forEntity(Class<?> type) {
        return OPEN.single(type, db -> db.manages(type));
    }

    private ScopedSessions requireModels(String what) {
        if (orm == null) {
            throw new ConfigurationException("models", what + " needs models, and this Database has none."
                    + " Give the package of your @Entity classes: Database.builder().models(\"com.example.models\")"
                    + " or DB_MODELS_LOCATION.");
        }
        return orm.sessions();
    }

    private io.strata.core.internal.query.EntityModels entities(String what) {
        requireModels(what);
        return orm.entities();
    }

    /**
     * Configures a {@link Database}: the application's settings, plus the layers above and below them
     * (overrides, the environment, defaults; see {@link DatabaseConfig} for the order). {@link #config()}
     * resolves and validates them into a frozen {@link DatabaseConfig}; {@link #build()} opens it.
     */
    public static final class Builder extends DatabaseBuilder {

        Builder() {
        }

        /** Validates the settings, starts the pool (without connecting) and boots Hibernate over the models. */
        public Database build() {
            return open(config());
        }
    }
}
