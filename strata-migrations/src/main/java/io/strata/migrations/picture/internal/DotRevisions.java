package io.strata.migrations.picture.internal;

import java.util.ArrayList;
import java.util.List;

/** The revision graph as a Graphviz digraph, base at the top. */
public final class DotRevisions {

    private DotRevisions() {
    }

    /** The digraph's text. */
    public static String render(RevisionView view) {
        StringBuilder out = new StringBuilder("digraph revisions {\n");
        out.append("    rankdir=TB;\n");
        out.append("    node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        for (RevisionView.Node node : view.nodes()) {
            List<String> lines = new ArrayList<>();
            lines.add(node.title());
            if (!node.labels().isEmpty()) {
                lines.add(node.labelLine());
            }
            if (!node.message().isEmpty()) {
                lines.add(node.message());
            }
            out.append("    ").append(DotText.quoted(node.id())).append(" [label=")
                    .append(DotText.quoted(String.join("\n", lines))).append(attributes(node)).append("];\n");
        }
        for (RevisionView.Edge edge : view.edges()) {
            out.append("    ").append(DotText.quoted(edge.parent())).append(" -> ").append(DotText.quoted(edge.child()));
            if (edge.pending()) {
                out.append(" [color=\"#d97706\", style=dashed, penwidth=2]");
            }
            out.append(";\n");
        }
        return out.append("}\n").toString();
    }

    private static String attributes(RevisionView.Node node) {
        List<String> style = new ArrayList<>(List.of("rounded"));
        StringBuilder attributes = new StringBuilder();
        if (node.merge()) {
            style.add("dashed");
        }
        if (node.head()) {
            attributes.append(", penwidth=2");
        }
        if (node.current()) {
            style.add("filled");
            attributes.append(", fillcolor=\"#d6f5d6\", color=\"#15803d\"");
        } else if (node.pending()) {
            style.add("filled");
            attributes.append(", fillcolor=\"#fff4d6\", color=\"#d97706\"");
        }
        return style.size() == 1 ? attributes.toString()
                : ", style=\"" + String.join(",", style) + "\"" + attributes;
    }
}
