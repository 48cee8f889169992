package io.strata.cli.internal.command;

import java.util.List;
import java.util.Set;

import io.strata.core.Database;
import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.runner.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db history [-r range]}: the revisions, newest first, as {@code base -> a1b2 (head), message}. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the revisions, newest first. Needs no models; no URL and no connection unless the range says"
                + " current.")
public final class HistoryCommand extends Subcommand {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE",
            description = "A range LOWER:UPPER such as base:head, -3:, ae10:, current:head.")
    private String range;

    @Option(names = "-v", description = "Show each revision's details.")
    private boolean details;

    @Override
    public Integer call() {
        if (range != null && range.contains("current")) {
            try (Database db = settings().withRevisions(name())) {
                Migrator migrator = db.migrator();
                print(migrator.revisions(), migrator.history(range));
            }
        } else {
            // The revisions alone: no URL needed, no driver loaded, no connection opened.
            RevisionSet revisions = settings().revisions(name());
            RevisionGraph graph = revisions.graph();
            print(revisions, range == null ? graph.history() : graph.history(range, Set.of()));
        }
        return 0;
    }

    private void print(RevisionSet revisions, List<RevisionNode> nodes) {
        for (RevisionNode node : nodes) {
            if (details || verbose()) {
                RevisionText.details(out(), revisions, node.id());
                out().println();
            } else {
                out().println(RevisionText.historyLine(revisions.graph(), node));
            }
        }
    }
}
