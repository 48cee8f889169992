package io.strata.cli.internal.command;

import io.strata.core.Database;
import io.strata.migrations.runner.MigrationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code db stamp <target>}: records a revision without running anything. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Record the target as the database's revision without running any migration. Needs no models.")
public final class StampCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "TARGET", description = "heads, head, a revision id or unique prefix, base.")
    private String target;

    @Override
    public Integer call() {
        try (Database db = settings().withRevisions(name())) {
            announce(db);
            MigrationResult result = db.stamp(target);
            out().println("Stamped " + MigrationOutput.version(result.current()) + " (was "
                    + MigrationOutput.version(result.versions().before()) + ").");
        }
        return 0;
    }
}
