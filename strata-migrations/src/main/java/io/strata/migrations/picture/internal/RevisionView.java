package io.strata.migrations.picture.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.graph.RevisionNode;

/**
 * What a revision picture shows, whatever its format: the revisions oldest first with their marks, and
 * the edges from each parent to its child.
 *
 * @param nodes every revision, each after all of its parents
 * @param edges one per parent of each revision, in the order of {@code nodes}
 * @param positioned whether a database's position is shown (current and pending marks mean something)
 */
public record RevisionView(List<Node> nodes, List<Edge> edges, boolean positioned) {

    /**
     * One revision and its marks.
     *
     * @param id the revision id
     * @param message its message
     * @param labels the branch labels it declares
     * @param head whether nothing follows it
     * @param merge whether it joins several parents
     * @param branchPoint whether several revisions follow it
     * @param current whether the database's version table holds it
     * @param pending whether an upgrade of the database to the heads applies it
     */
    public record Node(String id, String message, Set<String> labels, boolean head, boolean merge, boolean branchPoint,
            boolean current, boolean pending) {

        /** The marks in words, e.g. {@code [head, mergepoint, current]}; branch labels are not marks. */
        public List<String> marks() {
            List<String> marks = new ArrayList<>();
            add(marks, head, "head");
            add(marks, merge, "mergepoint");
            add(marks, branchPoint, "branchpoint");
            add(marks, current, "current");
            add(marks, pending, "pending");
            return marks;
        }

        /** The id followed by its marks in parentheses, e.g. {@code c3d4 (head, current)}. */
        public String title() {
            List<String> marks = marks();
            return marks.isEmpty() ? id : id + " (" + String.join(", ", marks) + ")";
        }

        /** The branch labels as {@code branch: a, b}, or empty. */
        public String labelLine() {
            return labels.isEmpty() ? "" : "branch: " + String.join(", ", labels);
        }

        private static void add(List<String> marks, boolean on, String mark) {
            if (on) {
                marks.add(mark);
            }
        }
    }

    /**
     * An edge from a parent to a revision that follows it.
     *
     * @param parent the parent's id
     * @param child the child's id
     * @param pending whether the child is pending (the upgrade walks this edge)
     */
    public record Edge(String parent, String child, boolean pending) {
    }

    /** The view of a graph; {@code current} is the database's version set, or {@code null} when unknown. */
    public static RevisionView of(RevisionGraph graph, Set<String> current) {
        Set<String> known = new HashSet<>();
        Set<String> pending = new HashSet<>();
        if (current != null) {
            current.stream().filter(graph::contains).forEach(known::add);
            if (known.size() == current.size()) {
                pending.addAll(graph.planUpgrade(known, "heads").revisions());
            }
        }
        List<RevisionNode> oldestFirst = new ArrayList<>(graph.history());
        Collections.reverse(oldestFirst);
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (RevisionNode node : oldestFirst) {
            String id = node.id();
            nodes.add(new Node(id, node.message(), node.branchLabels(), graph.isHead(id), node.isMerge(),
                    graph.isBranchPoint(id), known.contains(id), pending.contains(id)));
            for (String parent : node.parents()) {
                edges.add(new Edge(parent, id, pending.contains(id)));
            }
        }
        return new RevisionView(List.copyOf(nodes), List.copyOf(edges), current != null);
    }
}
