package io.strata.migrations.picture.internal;

import java.util.ArrayList;
import java.util.List;

/** A schema as a Mermaid {@code erDiagram}. */
public final class MermaidSchema {

    private MermaidSchema() {
    }

    /** The diagram's text. */
    public static String render(SchemaView view) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (SchemaView.Entity entity : view.entities()) {
            out.append("    ").append(MermaidText.entity(entity.name())).append(" {\n");
            for (SchemaView.Attribute attribute : entity.attributes()) {
                out.append("        ").append(attribute(attribute)).append('\n');
            }
            out.append("    }\n");
        }
        for (SchemaView.Relationship relationship : view.relationships()) {
            out.append("    ").append(MermaidText.entity(relationship.child())).append(' ')
                    .append(childSide(relationship.childSide())).append(relationship.identifying() ? "--" : "..")
                    .append(parentSide(relationship.parentSide())).append(' ')
                    .append(MermaidText.entity(relationship.parent())).append(" : ")
                    .append(MermaidText.quoted(relationship.name())).append('\n');
        }
        return out.toString();
    }

    /** {@code type name PK, FK "comment"}: the comment holds what the tokens cannot (a type with a comma, a renamed column). */
    private static String attribute(SchemaView.Attribute attribute) {
        List<String> notes = new ArrayList<>();
        String type = attribute.type();
        if (!MermaidText.plainType(type)) {
            notes.add(type);
            type = type.substring(0, type.indexOf('('));
        }
        if (!MermaidText.plainAttribute(attribute.name())) {
            notes.add("column " + attribute.name());
        }
        StringBuilder line = new StringBuilder(type).append(' ').append(MermaidText.attributeName(attribute.name()));
        if (!attribute.keys().isEmpty()) {
            line.append(' ').append(String.join(", ", attribute.keys()));
        }
        if (!notes.isEmpty()) {
            line.append(' ').append(MermaidText.quoted(String.join("; ", notes)));
        }
        return line.toString();
    }

    /** The child's end, written left of the line. */
    private static String childSide(SchemaView.Cardinality cardinality) {
        return switch (cardinality) {
            case EXACTLY_ONE -> "||";
            case ZERO_OR_ONE -> "|o";
            case ZERO_OR_MORE -> "}o";
        };
    }

    /** The parent's end, written right of the line. */
    private static String parentSide(SchemaView.Cardinality cardinality) {
        return switch (cardinality) {
            case EXACTLY_ONE -> "||";
            case ZERO_OR_ONE -> "o|";
            case ZERO_OR_MORE -> "o{";
        };
    }
}
