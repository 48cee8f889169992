package io.strata.cli.internal;

import java.nio.file.Path;
import java.util.List;

import io.strata.ErrorKind;
import io.strata.core.Database;

/**
 * What one run of the command line works with: the application's database settings completed by
 * the command line's options and the environment, and the source directory revisions are written to.
 */
public final class Settings {

    private final Database.Builder base;
    private final Console console;
    private String url;
    private List<String> models = List.of();
    private String migrations;
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
            if (url != null) {
                base.url(url);
            }
            if (!models.isEmpty()) {
                base.models(models.toArray(String[]::new));
            }
            if (migrations != null) {
                base.migrations(migrations);
            }
            base.fromEnvironment();
            // A command line run is short: connections are opened when a command needs one, never ahead.
            base.property("hikari.minimumIdle", "0");
            completed = true;
        }
        return base;
    }

    /** The database as configured: with Hibernate when models are configured, without otherwise. */
    public Database database() {
        return completed().build();
    }

    /** The database without models: no Hibernate is started. */
    public Database withoutModels() {
        return completed().withoutModels().build();
    }

    /** The database with its models; a usage error naming the command when none are configured. */
    public Database withModels(String command) {
        Database db = database();
        if (db.modelPackages().isEmpty()) {
            db.close();
            throw new CliException(ErrorKind.CONFIGURATION, "'db " + command + "' needs the models: give the package of the"
                    + " @Entity classes with --models com.example.models or DB_MODELS_LOCATION.");
        }
        return db;
    }

    /**
     * The migrations package: {@code --migrations}, else {@code DB_MIGRATIONS_LOCATION}, else the
     * application's setting; a usage error naming the command when there is none.
     */
    public String migrationsPackage(String command) {
        String pkg = migrations != null ? migrations : environment(Database.ENV_MIGRATIONS);
        if (pkg == null) {
            try (Database db = withoutModels()) {
                pkg = db.migrationsLocation().orElse(null);
            } catch (io.strata.core.ConfigurationException e) {
                pkg = null;
            }
        }
        if (pkg == null) {
            throw new CliException(ErrorKind.CONFIGURATION, "'db " + command + "' needs the migrations package: give it with"
                    + " --migrations com.example.migrations or DB_MIGRATIONS_LOCATION.");
        }
        return pkg;
    }

    static String environment(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
