package io.strata.migrations.picture.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A schema as an SVG laid out by {@link LayeredLayout}: referenced tables above the tables that refer to
 * them, each relationship a line with its cardinality written at both ends.
 */
public final class SvgSchema {

    private static final double PADDING = 10;
    private static final double LOOP = 28;
    private static final String CSS = """
            .table rect { fill: #ffffff; stroke: #334155; stroke-width: 1.5; }
            .table .name { font-weight: bold; }
            .table .type { fill: #475569; }
            .table .keys { fill: #b45309; font-weight: bold; }
            .rule { stroke: #cbd5e1; }
            .relationship path { fill: none; stroke: #64748b; stroke-width: 1.5; }
            .relationship.non-identifying path { stroke-dasharray: 6 3; }
            .relationship .cardinality { font-size: 11px; fill: #334155; }
            """;

    /** Column widths of one table, in characters. */
    private record Widths(int name, int type, int keys) {

        int total() {
            return name + 2 + type + (keys == 0 ? 0 : 2 + keys);
        }
    }

    private SvgSchema() {
    }

    /** The SVG document. */
    public static String render(SchemaView view) {
        List<LayeredLayout.Box> boxes = new ArrayList<>();
        for (SchemaView.Entity entity : view.entities()) {
            Widths widths = widths(entity);
            double width = Math.max(SvgDocument.textWidth(entity.name().length()), SvgDocument.textWidth(widths.total()));
            boxes.add(new LayeredLayout.Box(entity.name(), width + 2 * PADDING,
                    (entity.attributes().size() + 1) * SvgDocument.LINE_HEIGHT + PADDING));
        }
        List<String[]> edges = view.relationships().stream().map(r -> new String[] {r.parent(), r.child()}).toList();
        LayeredLayout.Placement placement = LayeredLayout.place(boxes, edges);
        SvgDocument svg = new SvgDocument(placement.width() + LOOP, placement.height(), "Schema", CSS);
        List<double[]> ends = EdgePorts.of(view.relationships().stream()
                .map(r -> new String[] {r.child(), r.parent()}).toList(), placement.rects());
        for (int i = 0; i < ends.size(); i++) {
            relationship(svg, view.relationships().get(i), ends.get(i));
        }
        for (SchemaView.Entity entity : view.entities()) {
            entity(svg, entity, placement.rects().get(entity.name()));
        }
        return svg.finish();
    }

    private static Widths widths(SchemaView.Entity entity) {
        int name = 0;
        int type = 0;
        int keys = 0;
        for (SchemaView.Attribute attribute : entity.attributes()) {
            name = Math.max(name, attribute.name().length());
            type = Math.max(type, type(attribute).length());
            keys = Math.max(keys, String.join(" ", attribute.keys()).length());
        }
        return new Widths(name, type, keys);
    }

    private static String type(SchemaView.Attribute attribute) {
        return attribute.type() + (attribute.nullable() ? "" : " not null");
    }

    private static void entity(SvgDocument svg, SchemaView.Entity entity, LayeredLayout.Rect rect) {
        Widths widths = widths(entity);
        svg.openGroup("class", "table", "data-table", entity.name());
        svg.rect(rect, "box");
        double x = rect.x() + PADDING;
        double y = rect.y() + PADDING / 2 + SvgDocument.LINE_HEIGHT - 5;
        svg.text(x, y, "name", entity.name());
        svg.rule(rect.x(), rect.x() + rect.width(), rect.y() + SvgDocument.LINE_HEIGHT + 2);
        double typeX = x + SvgDocument.textWidth(widths.name() + 2);
        double keysX = typeX + SvgDocument.textWidth(widths.type() + 2);
        for (SchemaView.Attribute attribute : entity.attributes()) {
            y += SvgDocument.LINE_HEIGHT;
            svg.openGroup("class", "column", "data-column", attribute.name());
            svg.text(x, y, "", attribute.name());
            svg.text(typeX, y, "type", type(attribute));
            if (!attribute.keys().isEmpty()) {
                svg.text(keysX, y, "keys", String.join(" ", attribute.keys()));
            }
            svg.closeGroup();
        }
        svg.closeGroup();
    }

    private static void relationship(SvgDocument svg, SchemaView.Relationship relationship, double[] ends) {
        svg.openGroup("class", relationship.identifying() ? "relationship" : "relationship non-identifying",
                "data-name", relationship.name(), "data-child", relationship.child(), "data-parent", relationship.parent());
        svg.tooltip(relationship.name() + ": " + relationship.child() + "(" + String.join(", ", relationship.columns())
                + ") → " + relationship.parent() + "(" + String.join(", ", relationship.parentColumns()) + ")");
        String d = relationship.child().equals(relationship.parent())
                ? "M" + n(ends[0]) + "," + n(ends[1]) + " h" + n(LOOP) + " V" + n(ends[3]) + " H" + n(ends[2])
                : "M" + n(ends[0]) + "," + n(ends[1]) + " L" + n(ends[2]) + "," + n(ends[3]);
        svg.path(d, "marker-end", "url(#arrow)");
        // Each end's cardinality goes on the side of the line away from the other end, clear of the line.
        boolean up = ends[3] < ends[1];
        boolean rightwards = ends[2] >= ends[0];
        label(svg, ends[0], ends[1] + (up ? -6 : 14), !rightwards, text(relationship.childSide()));
        label(svg, ends[2], ends[3] + (up ? 14 : -6), rightwards, text(relationship.parentSide()));
        svg.closeGroup();
    }

    private static void label(SvgDocument svg, double x, double y, boolean right, String text) {
        svg.text(right ? x + 6 : x - 6 - SvgDocument.textWidth(text.length()), y, "cardinality", text);
    }

    private static String text(SchemaView.Cardinality cardinality) {
        return switch (cardinality) {
            case EXACTLY_ONE -> "1";
            case ZERO_OR_ONE -> "0..1";
            case ZERO_OR_MORE -> "0..*";
        };
    }

    private static String n(double value) {
        return SvgDocument.number(value);
    }
}
