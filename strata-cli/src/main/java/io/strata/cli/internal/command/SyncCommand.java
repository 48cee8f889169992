package io.strata.cli.internal.command;

import io.strata.core.Database;
import io.strata.migrations.runner.SyncResult;
import picocli.CommandLine.Command;

/** {@code db sync}: what every replica does at start-up, under the migration lock. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Bring the schema to the latest revision under the migration lock: an empty database gets the"
                + " models' tables stamped with the latest revision (CREATED), one behind is upgraded (UPGRADED),"
                + " one ahead of this code by compatible revisions is left alone (AHEAD_COMPATIBLE); one ahead by"
                + " breaking revisions is refused (exit 4). A database with a version stops before the first pending"
                + " contract revision (CONTRACT_PENDING, exit 0): 'db upgrade --contract' runs it.",
            "Uses the models when they are configured; without them an empty database is upgraded from the first revision."})
public final class SyncCommand extends Subcommand {

    @Override
    public Integer call() {
        try (Database db = settings().database()) {
            announce(db);
            SyncResult result = db.sync();
            out().println(result);
            if (result == SyncResult.AHEAD_COMPATIBLE) {
                out().println(db.schemaStatus().message() + " Nothing was done.");
            } else if (result == SyncResult.CONTRACT_PENDING) {
                out().println(db.schemaStatus().message());
            }
            out().println("current: " + RevisionText.ids(db.currentRevisions()));
        }
        return 0;
    }
}
