package io.strata.cli.internal.command;

import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.revision.RevisionSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db heads}: the revisions nothing follows. */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "Show the latest revision(s): those no revision follows. Needs no models, no URL and no connection.")
public final class HeadsCommand extends Subcommand {

    @Option(names = "-v", description = "Show each revision's details.")
    private boolean details;

    @Override
    public Integer call() {
        // The revisions alone: no URL needed, no driver loaded, no connection opened.
        RevisionSet revisions = settings().revisions(name());
        RevisionGraph graph = revisions.graph();
        if (graph.heads().isEmpty()) {
            out().println("(none)");
        }
        for (String head : graph.heads()) {
            if (details || verbose()) {
                RevisionText.details(out(), revisions, head);
            } else {
                out().println(head + RevisionText.tags(graph, head) + ", " + graph.node(head).message());
            }
        }
        return 0;
    }
}
