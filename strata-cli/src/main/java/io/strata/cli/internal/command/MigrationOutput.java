package io.strata.cli.internal.command;

import java.io.PrintWriter;
import java.util.Set;

import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.runner.AppliedRevision;
import io.strata.migrations.runner.MigrationResult;

/** How upgrades and downgrades report: one line per revision run, with its duration, then a summary. */
final class MigrationOutput {

    private MigrationOutput() {
    }

    static void print(PrintWriter out, RevisionGraph graph, MigrationResult result) {
        for (AppliedRevision applied : result.applied()) {
            String parents = RevisionText.parents(graph, applied.id());
            String step = applied.direction() == Direction.UPGRADE
                    ? "Running upgrade " + parents + " -> " + applied.id()
                    : "Running downgrade " + applied.id() + " -> " + parents;
            if (!applied.skipped().isEmpty()) {
                out.println("Resuming " + applied.id() + " after an earlier run that was cut off: skipped operations 1 to "
                        + applied.skipped().size() + ", which had committed (" + String.join(", ", applied.skipped()) + ")");
            }
            out.println(step + ", " + applied.message() + " ... " + RevisionText.millis(applied.duration()));
        }
        Set<String> after = result.current();
        if (result.applied().isEmpty() && result.contractWaiting().isEmpty()) {
            out.println("Nothing to do: the database is at " + version(after) + ".");
        } else if (result.applied().isEmpty()) {
            out.println("The database is at " + version(after) + ".");
        } else {
            String verb = result.applied().get(0).direction() == Direction.UPGRADE ? "Upgraded" : "Downgraded";
            int count = result.appliedCount();
            out.println(verb + " to " + version(after) + " (" + count + (count == 1 ? " revision, " : " revisions, ")
                    + RevisionText.millis(result.duration()) + ").");
        }
        result.contractWaiting().ifPresent(id -> out.println(contractWaiting(graph, id)));
    }

    /** The line saying that an upgrade stopped before a contract revision, and how to run it. */
    static String contractWaiting(RevisionGraph graph, String id) {
        String message = graph.contains(id) ? graph.node(id).message() : "";
        return "Stopped before contract revision " + id + (message.isEmpty() ? "" : " (" + message + ")")
                + ": run 'db upgrade --contract' once no replica runs code older than its expand revision.";
    }

    /** A version set: its ids, or {@code base} when it holds none. */
    static String version(Set<String> ids) {
        return ids.isEmpty() ? "base" : RevisionText.ids(ids);
    }
}
