package io.strata.cli.internal.command;

import io.strata.core.Database;
import io.strata.migrations.runner.MigrationResult;
import picocli.CommandLine.Command;

/** {@code db create}: the models' missing tables, stamped with the latest revision. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create the models' missing tables and stamp the latest revision, under the migration lock."
                + " Needs the models.")
public final class CreateCommand extends Subcommand {

    @Override
    public Integer call() {
        try (Database db = settings().withModels(name())) {
            announce(db);
            MigrationResult result = db.create();
            out().println("Created the models' tables; the database is at " + MigrationOutput.version(result.current()) + ".");
        }
        return 0;
    }
}
