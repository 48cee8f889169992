package io.strata.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.strata.cli.ExitCode;
import io.strata.cli.internal.command.CheckCommand;
import io.strata.cli.internal.command.CompletionCommand;
import io.strata.cli.internal.command.CreateCommand;
import io.strata.cli.internal.command.CurrentCommand;
import io.strata.cli.internal.command.DowngradeCommand;
import io.strata.cli.internal.command.DriftCommand;
import io.strata.cli.internal.command.DropCommand;
import io.strata.cli.internal.command.ErdCommand;
import io.strata.cli.internal.command.GraphCommand;
import io.strata.cli.internal.command.HeadsCommand;
import io.strata.cli.internal.command.HistoryCommand;
import io.strata.cli.internal.command.InitCommand;
import io.strata.cli.internal.command.MergeCommand;
import io.strata.cli.internal.command.MigrateCommand;
import io.strata.cli.internal.command.RevisionCommand;
import io.strata.cli.internal.command.ShowCommand;
import io.strata.cli.internal.command.StampCommand;
import io.strata.cli.internal.command.StatusCommand;
import io.strata.cli.internal.command.SyncCommand;
import io.strata.cli.internal.command.UpgradeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code db} command: the global options, and the subcommands. */
@Command(name = "db", mixinStandardHelpOptions = true, versionProvider = Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Manage the database's schema and migrations (Strata).")
public final class DbCommand implements Callable<Integer> {

    /**
     * The subcommands, in the order the help lists them. They are added by {@link Cli#commandLine}: all of them,
     * or only the one a run names (building picocli's model of every command costs a short command most of its
     * start).
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(SyncCommand.class, StatusCommand.class, InitCommand.class,
            RevisionCommand.class, MigrateCommand.class, UpgradeCommand.class, DowngradeCommand.class,
            StampCommand.class, CurrentCommand.class, HeadsCommand.class, HistoryCommand.class, ShowCommand.class,
            GraphCommand.class, ErdCommand.class, MergeCommand.class, CheckCommand.class, DriftCommand.class,
            CreateCommand.class, DropCommand.class, CompletionCommand.class);

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Database URL, e.g. postgresql://user:password@host/db, sqlite:///app.db (wins over DATABASE_URL,"
                    + " which wins over the application's).")
    private String url;

    @Option(names = "--models", scope = ScopeType.INHERIT, split = ",", paramLabel = "PACKAGE",
            description = "Package(s) of the @Entity classes, comma-separated (wins over DB_MODELS_LOCATION,"
                    + " which wins over the application's).")
    private List<String> models;

    @Option(names = "--migrations", scope = ScopeType.INHERIT, paramLabel = "PACKAGE",
            description = "Package of the revision classes (wins over DB_MIGRATIONS_LOCATION, which wins over the"
                    + " application's).")
    private String migrations;

    @Option(names = "--source-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Source root that init, revision, migrate and merge write to (default: src/main/java).")
    private Path sourceDir;

    @Option(names = "--lock-timeout", scope = ScopeType.INHERIT, paramLabel = "DURATION",
            description = "How long each statement of a revision waits for a table's lock per attempt, e.g. 3s, 500ms;"
                    + " 0 waits as long as the database lets it (wins over DB_LOCK_TIMEOUT, then the application's;"
                    + " default 3s).")
    private String lockTimeout;

    @Option(names = "--lock-budget", scope = ScopeType.INHERIT, paramLabel = "DURATION",
            description = "How long a revision whose statements time out on locks is retried, e.g. 60s, 2m; 0: no retry"
                    + " (wins over DB_LOCK_BUDGET, then the application's; default 60s).")
    private String lockBudget;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces with errors, details of revisions, and the libraries' log lines"
                    + " (HikariCP, Hibernate, the migration runner), which are kept to warnings otherwise.")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    private final Settings settings;

    /** The root command over these settings. */
    public DbCommand(Settings settings) {
        this.settings = settings;
    }

    /** The settings, completed with the options given on the command line. */
    public Settings settings() {
        settings.apply(url, models, migrations, sourceDir);
        settings.lockBudget(lockTimeout, lockBudget);
        return settings;
    }

    /** Whether {@code --verbose} was given. */
    public boolean verbose() {
        return verbose;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing command.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }
}
