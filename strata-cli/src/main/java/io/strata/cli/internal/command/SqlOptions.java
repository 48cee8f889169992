package io.strata.cli.internal.command;

import io.strata.core.ConfigurationException;
import io.strata.core.Database;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.Migrator;
import io.strata.migrations.runner.SqlScript;
import picocli.CommandLine.Option;

/** {@code --sql} and {@code --dialect}: print a migration's SQL instead of running it, without connecting. */
public final class SqlOptions {

    @Option(names = "--sql", description = "Print the SQL instead of running it (offline: no connection is made)."
            + " The target may be FROM:TO.")
    boolean enabled;

    @Option(names = "--dialect", paramLabel = "NAME",
            description = "With --sql: the SQL dialect, sqlite, h2, postgresql or mariadb (default: the URL's).")
    String dialect;

    /** Prints the script from {@code from} (or the default) to the target; {@code upgrade} tells the direction. */
    int print(Subcommand command, boolean upgrade, String target, String defaultFrom) {
        return print(command, upgrade, target, defaultFrom, false);
    }

    /**
     * Prints the script from {@code from} (or the default) to the target; an upgrade includes contract
     * revisions when {@code contracts} ({@code --contract}), else stops before them as {@code db upgrade} does.
     */
    int print(Subcommand command, boolean upgrade, String target, String defaultFrom, boolean contracts) {
        String from = defaultFrom;
        String to = target;
        int colon = target.indexOf(':');
        if (colon >= 0) {
            from = target.substring(0, colon);
            to = target.substring(colon + 1);
        }
        Database db = null;
        try {
            Migrator migrator;
            try {
                db = command.settings().withRevisions(command.name());
                migrator = dialect == null ? db.migrator() : Migrator.offline(Dialects.byName(dialect), db.migrator().revisions());
            } catch (ConfigurationException e) {
                if (dialect == null || !e.setting().matches("url|" + Database.ENV_URL)) {
                    throw e;
                }
                // No URL: the dialect is given, so the revisions are all that is needed.
                String pkg = command.settings().migrationsPackage(command.name());
                migrator = Migrator.offline(Dialects.byName(dialect), RevisionSet.scan(pkg));
            }
            SqlScript script = !upgrade ? migrator.downgradeSql(from, to)
                    : contracts ? migrator.upgradeSql(from, to, true) : migrator.upgradeSql(from, to);
            if (script.blocks().isEmpty()) {
                command.out().println("-- Nothing to run from " + (from == null ? "base" : from) + " to " + to + ".");
            } else {
                command.out().print(script.text());
            }
            command.out().flush();
            return 0;
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }
}
