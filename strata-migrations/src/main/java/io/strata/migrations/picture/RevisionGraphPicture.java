package io.strata.migrations.picture;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.picture.internal.DotRevisions;
import io.strata.migrations.picture.internal.MermaidRevisions;
import io.strata.migrations.picture.internal.RevisionView;
import io.strata.migrations.picture.internal.SvgRevisions;

/**
 * A picture of a revision graph: every revision with its message, the edges from parents to children,
 * heads, merge points, branch points and branch labels marked, and, once a database's version table is
 * known, its current revisions and the pending path to the heads. Immutable.
 *
 * <pre>{@code
 * String mermaid = RevisionGraphPicture.of(revisions.graph()).render(PictureFormat.MERMAID);
 * String svg = RevisionGraphPicture.of(revisions.graph()).at(db.currentRevisions()).render(PictureFormat.SVG);
 * }</pre>
 */
public final class RevisionGraphPicture {

    private final RevisionGraph graph;
    private final Set<String> current;

    private RevisionGraphPicture(RevisionGraph graph, Set<String> current) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.current = current;
    }

    /** The graph, with no database position. */
    public static RevisionGraphPicture of(RevisionGraph graph) {
        return new RevisionGraphPicture(graph, null);
    }

    /**
     * This picture showing a database whose version table holds these ids (empty: at base): they are
     * marked current and the revisions an upgrade to the heads would apply are marked pending. Ids the
     * graph does not know are left out, and then nothing is marked pending.
     */
    public RevisionGraphPicture at(Collection<String> versions) {
        return new RevisionGraphPicture(graph, Set.copyOf(versions));
    }

    /** The picture as text in this format. */
    public String render(PictureFormat format) {
        RevisionView view = RevisionView.of(graph, current);
        return switch (format) {
            case MERMAID -> MermaidRevisions.render(view);
            case DOT -> DotRevisions.render(view);
            case SVG -> SvgRevisions.render(view);
        };
    }
}
