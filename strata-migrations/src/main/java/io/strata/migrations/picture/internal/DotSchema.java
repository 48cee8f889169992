package io.strata.migrations.picture.internal;

/** A schema as a Graphviz digraph of HTML-like tables, with crow's-foot ends on the relationships. */
public final class DotSchema {

    private DotSchema() {
    }

    /** The digraph's text. */
    public static String render(SchemaView view) {
        StringBuilder out = new StringBuilder("digraph schema {\n");
        out.append("    rankdir=LR;\n");
        out.append("    node [shape=plain, fontname=\"Helvetica\"];\n");
        out.append("    edge [dir=both, fontname=\"Helvetica\", fontsize=10];\n");
        for (SchemaView.Entity entity : view.entities()) {
            out.append("    ").append(DotText.quoted(entity.name())).append(" [label=<\n");
            out.append("        <table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
            out.append("        <tr><td colspan=\"3\" bgcolor=\"#e2e8f0\"><b>").append(DotText.html(entity.name()))
                    .append("</b></td></tr>\n");
            for (SchemaView.Attribute attribute : entity.attributes()) {
                out.append("        <tr><td align=\"left\">").append(DotText.html(attribute.name()))
                        .append("</td><td align=\"left\">").append(DotText.html(attribute.type()))
                        .append(attribute.nullable() ? "" : " not null").append("</td><td>")
                        .append(String.join(" ", attribute.keys())).append("</td></tr>\n");
            }
            out.append("        </table>>];\n");
        }
        for (SchemaView.Relationship relationship : view.relationships()) {
            out.append("    ").append(DotText.quoted(relationship.child())).append(" -> ")
                    .append(DotText.quoted(relationship.parent())).append(" [label=")
                    .append(DotText.quoted(relationship.name())).append(", arrowtail=")
                    .append(arrow(relationship.childSide())).append(", arrowhead=")
                    .append(arrow(relationship.parentSide()))
                    .append(relationship.identifying() ? "" : ", style=dashed").append("];\n");
        }
        return out.append("}\n").toString();
    }

    /** Crow's-foot notation: the shape nearest the table first. */
    private static String arrow(SchemaView.Cardinality cardinality) {
        return switch (cardinality) {
            case EXACTLY_ONE -> "teetee";
            case ZERO_OR_ONE -> "teeodot";
            case ZERO_OR_MORE -> "crowodot";
        };
    }
}
