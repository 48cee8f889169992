package io.strata.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.strata.ErrorKind;
import io.strata.core.Database;
import io.strata.core.DatabaseConfig;
import io.strata.core.HibernateBoot;
import io.strata.migrations.revision.NoRevisionsFoundException;
import io.strata.migrations.revision.RevisionSet;

/**
 * What one run of the command line works with: core's configuration of the application's builder,
 * with the command line's options laid over it as overrides (see {@link DatabaseConfig} for the
 * order: options, then the environment, then the application), and the source directory revisions
 * are written to.
 */
public final class Settings {

    private final Database.Builder base;
    private final Console console;
    private String url;
    private List<String> models = List.of();
    private String migrations;
    private String lockTimeout;
    private String lockBudget;
    private Path sourceDir = Path.of("src/main/java");
    private boolean completed;

    /** Settings over the application's builder (an empty one when run standalone). */
    public Settings(Database.Builder base, Console console) {
        this.base = base;
        this.console = console;
    }

    void apply(String newUrl, List<String> newModels, String newMigrations, Path newSourceDir) {
        this.url = newUrl;
        this.models = newModels == null ? List.of() : List.copyOf(newModels);
        this.migrations = newMigrations;
        if (newSourceDir != null) {
            this.sourceDir = newSourceDir;
        }
    }

    /** The {@code --lock-timeout} and {@code --lock-budget} options, as given ({@code null}: not given). */
    void lockBudget(String newLockTimeout, String newLockBudget) {
        this.lockTimeout = newLockTimeout;
        this.lockBudget = newLockBudget;
    }

    /** Where confirmations are asked. */
    public Console console() {
        return console;
    }

    /** The source root revisions are written under ({@code --source-dir}, default {@code src/main/java}). */
    public Path sourceDir() {
        return sourceDir;
    }

    private Database.Builder completed() {
        if (!completed) {
            base.overrides(options -> options.url(url).models(models).migrations(migrations)
                    .ddlLockTimeout(lockTimeout).ddlLockBudget(lockBudget)).fromEnvironment();
            // A command line run is short: connections are opened when a command needs one, never ahead.
            base.property("hikari.minimumIdle", "0");
            completed = true;
        }
        return base;
    }

    /** The configuration, resolved and validated by core. */
    public DatabaseConfig config() {
        return completed().config();
    }

    /**
     * Whether a database URL is configured (command line, environment or application): commands that can work
     * from the revisions alone read the database only then.
     */
    public boolean hasUrl() {
        return completed().hasUrl();
    }

    /**
     * The database as configured: with the models mapped when they are configured (no session factory is
     * built: a command reads only their schema), without otherwise.
     */
    public Database database() {
        return Database.open(config().withHibernateBoot(HibernateBoot.ON_FIRST_USE));
    }

    /**
     * The database without models, for one command: no Hibernate is started, and no connection pool either (a
     * command opens a connection or two, each from the driver; see {@link DatabaseConfig#withoutPool()}).
     */
    public Database withoutModels() {
        return Database.open(config().withoutModels().withoutPool());
    }

    /**
     * The database without models, for a command that works on the revisions ({@code upgrade}, {@code history}…):
     * a usage error naming the command when no migrations package is configured, and one naming the package
     * when it holds no revision (a misspelt package, classes not compiled into the application).
     */
    public Database withRevisions(String command) {
        Database db = withoutModels();
        try {
            migrationsPackage(command);
            requireRevisions(command, db.migrator().revisions());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * The revisions, read without a URL or a connection, for a command that connects only when a URL is
     * configured ({@code graph}, {@code erd}); the same usage errors as {@link #withRevisions(String)}.
     */
    public RevisionSet revisions(String command) {
        migrationsPackage(command);
        RevisionSet revisions;
        try {
            revisions = completed().revisions();
        } catch (NoRevisionsFoundException e) {
            revisions = RevisionSet.empty();
        }
        return requireRevisions(command, revisions);
    }

    private RevisionSet requireRevisions(String command, RevisionSet revisions) {
        String pkg = migrationsPackage(command);
        if (revisions.size() == 0) {
            throw new CliException(ErrorKind.NOT_FOUND, "no revisions found in " + pkg + " (nor below it) on the class"
                    + " path. Check the package (--migrations or " + Database.ENV_MIGRATIONS + ") and that its classes"
                    + " are compiled into this application; 'db migrate -m \"initial\"' writes the first revision.");
        }
        return revisions;
    }

    /**
     * The database with its models, mapped but with no session factory built (the commands read only the
     * models' schema); a usage error naming the command when none are configured.
     */
    public Database withModels(String command) {
        DatabaseConfig config = config();
        if (config.models().isEmpty()) {
            throw new CliException(ErrorKind.CONFIGURATION, "'db " + command + "' needs the models: give the package of the"
                    + " @Entity classes with --models com.example.models or DB_MODELS_LOCATION.");
        }
        return Database.open(config.withHibernateBoot(HibernateBoot.ON_FIRST_USE));
    }

    /**
     * The migrations package, as core resolves it ({@code --migrations}, else {@code DB_MIGRATIONS_LOCATION},
     * else the application's setting); a usage error naming the command when there is none.
     */
    public String migrationsPackage(String command) {
        return migrationsLocation().orElseThrow(() -> new CliException(ErrorKind.CONFIGURATION, "'db " + command
                + "' needs the migrations package: give it with --migrations com.example.migrations or"
                + " DB_MIGRATIONS_LOCATION."));
    }

    /** The migrations package as core resolves it, if one is configured; needs no URL. */
    public Optional<String> migrationsLocation() {
        return completed().migrationsLocation();
    }

    static String environment(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
