package io.strata.cli.internal.command;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;

/** How revisions are printed: history lines in Alembic's shape, and details. */
final class RevisionText {

    private RevisionText() {
    }

    /** E.g. {@code base -> a1b2c3d4e5f6 (head), create users}. */
    static String historyLine(RevisionGraph graph, RevisionNode node) {
        String from = node.parents().isEmpty() ? "base" : String.join(", ", node.parents());
        return from + " -> " + node.id() + tags(graph, node.id()) + ", " + node.message();
    }

    /** {@code (head)}, {@code (branchpoint)}, {@code (mergepoint)} as they apply, each after a space. */
    static String tags(RevisionGraph graph, String id) {
        if (!graph.contains(id)) {
            return " (not in the migrations)";
        }
        StringBuilder tags = new StringBuilder();
        if (graph.isHead(id)) {
            tags.append(" (head)");
        }
        if (graph.isBranchPoint(id)) {
            tags.append(" (branchpoint)");
        }
        if (graph.isMergePoint(id)) {
            tags.append(" (mergepoint)");
        }
        return tags.toString();
    }

    /** Every fact of a revision, one per line. */
    static void details(PrintWriter out, RevisionSet revisions, String id) {
        RevisionGraph graph = revisions.graph();
        MigrationRevision revision = revisions.revision(id);
        RevisionNode node = revision.node();
        out.println("Rev: " + node.id() + tags(graph, node.id()));
        out.println((node.isMerge() ? "Merges: " : "Parent: ") + (node.isBase() ? "base" : String.join(", ", node.parents())));
        if (graph.isBranchPoint(node.id())) {
            out.println("Branches into: " + String.join(", ", graph.children(node.id())));
        }
        if (!node.branchLabels().isEmpty()) {
            out.println("Branch labels: " + String.join(", ", node.branchLabels()));
        }
        out.println("Class: " + revision.source());
        if (!revision.created().isEmpty()) {
            out.println("Created: " + revision.created());
        }
        out.println("Message: " + node.message());
    }

    /** The ids sorted and comma-separated, or {@code (none)}. */
    static String ids(Collection<String> ids) {
        return ids.isEmpty() ? "(none)" : String.join(", ", new TreeSet<>(ids));
    }

    /** The ids a revision follows, or {@code base}. */
    static String parents(RevisionGraph graph, String id) {
        List<String> parents = graph.contains(id) ? graph.node(id).parents() : List.of();
        return parents.isEmpty() ? "base" : String.join(", ", parents);
    }

    /** E.g. {@code 12 ms}. */
    static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }
}
