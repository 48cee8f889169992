package io.strata.cli.internal.command;

import java.util.Set;

import io.strata.cli.ExitCode;
import io.strata.core.Database;
import io.strata.core.DatabaseUnreachableException;
import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.runner.AheadRevision;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.migrations.runner.SchemaStatus;
import picocli.CommandLine.Command;

/**
 * {@code db status}: UP_TO_DATE, UPGRADE_AVAILABLE, CONTRACT_PENDING, AHEAD_COMPATIBLE, AHEAD_BREAKING or NO_INFO, with the
 * current and latest revisions and those the database has that this code does not know.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Say whether this code can serve the database: exit 0 when it is at the latest revision"
                + " (UP_TO_DATE), waits only for a contract revision the operator runs with 'db upgrade --contract'"
                + " (CONTRACT_PENDING) or is ahead of this code by compatible revisions only (AHEAD_COMPATIBLE), 1 when"
                + " revisions are pending (UPGRADE_AVAILABLE), it is ahead by breaking revisions (AHEAD_BREAKING)"
                + " or it has no version table (NO_INFO), 3 when it does not answer within the status timeout.",
            "Needs no models."})
public final class StatusCommand extends Subcommand {

    @Override
    public Integer call() {
        Database db = settings().withRevisions(name());
        SchemaStatus status;
        try {
            // Bounded by the status timeout: an unreachable database is reported within it (exit 3).
            status = db.checkedStatus();
        } catch (DatabaseUnreachableException e) {
            // Closing the pool waits for its connection attempt to give up: not worth the user's time.
            Thread closer = new Thread(db::close, "strata-status-close");
            closer.setDaemon(true);
            closer.start();
            throw e;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        try (db) {
            Set<String> current = status.current();
            out().println("status: " + status.status());
            out().println("current: " + RevisionText.ids(current));
            out().println("latest: " + RevisionText.ids(db.latestRevisions()));
            switch (status.status()) {
                case UPGRADE_AVAILABLE -> pending(db.migrator().revisions().graph(), current);
                case AHEAD_COMPATIBLE, AHEAD_BREAKING -> {
                    for (AheadRevision ahead : status.ahead()) {
                        out().println("unknown: " + ahead.describe());
                    }
                    out().println(status.message());
                }
                case NO_INFO -> out().println("The database has no version table yet: run 'db sync' or 'db upgrade'.");
                case CONTRACT_PENDING -> {
                    pending(db.migrator().revisions().graph(), current);
                    out().println(status.message());
                }
                case UP_TO_DATE -> { }
            }
            return status.servable() ? ExitCode.OK : ExitCode.DIFFERENCES;
        }
    }

    private void pending(RevisionGraph graph, Set<String> current) {
        try {
            int count = graph.planUpgrade(current, "heads").revisions().size();
            out().println("pending: " + count + (count == 1 ? " revision" : " revisions"));
        } catch (RuntimeException e) {
            out().println("pending: unknown (" + e.getMessage() + ")");
        }
    }
}
