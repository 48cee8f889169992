package io.strata.cli.internal.command;

import java.util.List;

import io.strata.core.Database;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db history [-r range]}: the revisions, newest first, as {@code base -> a1b2 (head), message}. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the revisions, newest first. Needs no models; no connection unless the range says current.")
public final class HistoryCommand extends Subcommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "A range LOWER:UPPER such as base:head, -3:, ae10:, current:head.")
    private String range;

    @Option(names = "-v", description = "Show each revision's details.")
    private boolean details;

    @Override
    public Integer call() {
        try (Database db = settings().withRevisions(name())) {
            Migrator migrator = db.migrator();
            RevisionSet revisions = migrator.revisions();
            List<RevisionNode> nodes = range == null ? migrator.history() : migrator.history(range);
            for (RevisionNode node : nodes) {
                if (details || verbose()) {
                    RevisionText.details(out(), revisions, node.id());
                    out().println();
                } else {
                    out().println(RevisionText.historyLine(revisions.graph(), node));
                }
            }
        }
        return 0;
    }
}
