package io.strata.migrations.picture.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The revision graph as a Mermaid flowchart, base at the top. */
public final class MermaidRevisions {

    /** A mark's class: its name, which revisions have it and its style. */
    private record Style(String name, Predicate<RevisionView.Node> marks, String css) {
    }

    /** In the order they are applied: a later class wins. */
    private static final List<Style> STYLES = List.of(
            new Style("merge", RevisionView.Node::merge, "stroke-dasharray:4 2"),
            new Style("head", RevisionView.Node::head, "stroke-width:3px"),
            new Style("pending", RevisionView.Node::pending, "fill:#fff4d6,stroke:#d97706"),
            new Style("current", RevisionView.Node::current, "fill:#d6f5d6,stroke:#15803d,stroke-width:3px"));

    private MermaidRevisions() {
    }

    /** The flowchart's text. */
    public static String render(RevisionView view) {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        for (RevisionView.Node node : view.nodes()) {
            List<String> lines = new ArrayList<>();
            lines.add(node.title());
            if (!node.labels().isEmpty()) {
                lines.add(node.labelLine());
            }
            if (!node.message().isEmpty()) {
                lines.add(node.message());
            }
            out.append("    ").append(id(node.id())).append("[\"")
                    .append(String.join("<br/>", lines.stream().map(MermaidText::label).toList())).append("\"]\n");
        }
        List<String> pendingEdges = new ArrayList<>();
        for (int i = 0; i < view.edges().size(); i++) {
            RevisionView.Edge edge = view.edges().get(i);
            out.append("    ").append(id(edge.parent())).append(" --> ").append(id(edge.child())).append('\n');
            if (edge.pending()) {
                pendingEdges.add(String.valueOf(i));
            }
        }
        classes(out, view);
        if (!pendingEdges.isEmpty()) {
            out.append("    linkStyle ").append(String.join(",", pendingEdges))
                    .append(" stroke:#d97706,stroke-width:2px,stroke-dasharray:5 3\n");
        }
        return out.toString();
    }

    private static void classes(StringBuilder out, RevisionView view) {
        for (Style style : STYLES) {
            List<String> ids = view.nodes().stream().filter(style.marks()).map(node -> id(node.id())).toList();
            if (!ids.isEmpty()) {
                out.append("    classDef ").append(style.name()).append(' ').append(style.css()).append('\n');
                out.append("    class ").append(String.join(",", ids)).append(' ').append(style.name()).append('\n');
            }
        }
    }

    /** Revision ids are letters, digits and {@code _}; the prefix keeps ids such as {@code end} from being keywords. */
    private static String id(String revision) {
        return "r_" + revision;
    }
}
