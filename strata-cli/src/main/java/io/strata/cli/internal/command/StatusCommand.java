package io.strata.cli.internal.command;

import java.util.Set;

import io.strata.cli.ExitCode;
import io.strata.core.Database;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.migrations.graph.RevisionGraph;
import picocli.CommandLine.Command;

/** {@code db status}: UP_TO_DATE, UPGRADE_AVAILABLE or NO_INFO, with the current and latest revisions. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Say whether the database is at the latest revision (exit 0) or not (exit 1). Needs no models.")
public final class StatusCommand extends Subcommand {

    @Override
    public Integer call() {
        try (Database db = settings().withoutModels()) {
            // Read first, so that an unreachable database is reported as such (status() never throws).
            Set<String> current = db.currentRevisions();
            DatabaseStatus status = db.status();
            Set<String> latest = db.latestRevisions();
            out().println("status: " + status);
            out().println("current: " + RevisionText.ids(current));
            out().println("latest: " + RevisionText.ids(latest));
            if (status == DatabaseStatus.UPGRADE_AVAILABLE) {
                pending(db.migrator().revisions().graph(), current);
            } else if (status == DatabaseStatus.NO_INFO && current.isEmpty()) {
                out().println("The database has no version table yet: run 'db sync' or 'db upgrade'.");
            }
            return status == DatabaseStatus.UP_TO_DATE ? ExitCode.OK : ExitCode.DIFFERENCES;
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
