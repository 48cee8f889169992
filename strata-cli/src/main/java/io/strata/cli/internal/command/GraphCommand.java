package io.strata.cli.internal.command;

import java.util.Set;
import java.util.TreeSet;

import io.strata.core.Database;
import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.picture.PictureFormat;
import io.strata.migrations.picture.RevisionGraphPicture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code db graph [--format mermaid|dot|svg] [-o FILE]}: the revision graph as a picture. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Draw the revision graph: heads, merge and branch points, branch labels; with a URL, the"
                + " database's current revision(s) and the pending path to the heads.",
            "Needs no models; connects only when a URL is configured (--url or DATABASE_URL)."})
public final class GraphCommand extends Subcommand {

    @Mixin
    private PictureOptions picture;

    @Override
    public Integer call() {
        PictureFormat format = picture.format();
        RevisionGraph graph = settings().revisions(name()).graph();
        RevisionGraphPicture drawing = RevisionGraphPicture.of(graph);
        if (settings().hasUrl()) {
            Set<String> current;
            try (Database db = settings().withoutModels()) {
                current = db.currentRevisions();
            }
            Set<String> unknown = new TreeSet<>(current);
            unknown.removeIf(graph::contains);
            if (!unknown.isEmpty()) {
                err().println("The database is at " + String.join(", ", unknown) + ", which these migrations do"
                        + " not have (a newer version of the application applied it?): no pending path is drawn.");
            }
            drawing = drawing.at(current);
        }
        picture.write(drawing.render(format), out());
        return 0;
    }
}
