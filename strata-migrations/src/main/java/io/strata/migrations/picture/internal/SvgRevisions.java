package io.strata.migrations.picture.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The revision graph as an SVG laid out by {@link LayeredLayout}: base at the top, arrows from parent to child. */
public final class SvgRevisions {

    private static final int MESSAGE_CHARACTERS = 48;
    private static final double PADDING = 10;
    private static final String CSS = """
            .revision rect { fill: #ffffff; stroke: #334155; stroke-width: 1.5; }
            .revision.mergepoint rect { stroke-dasharray: 5 3; }
            .revision.head rect { stroke-width: 3; }
            .revision.pending rect { fill: #fff4d6; stroke: #d97706; }
            .revision.current rect { fill: #d6f5d6; stroke: #15803d; }
            .revision .id { font-weight: bold; }
            .revision .label { fill: #6d28d9; }
            .edge { fill: none; stroke: #64748b; stroke-width: 1.5; }
            .edge.pending { stroke: #d97706; stroke-width: 2; stroke-dasharray: 6 3; }
            """;

    private SvgRevisions() {
    }

    /** The SVG document. */
    public static String render(RevisionView view) {
        List<LayeredLayout.Box> boxes = new ArrayList<>();
        for (RevisionView.Node node : view.nodes()) {
            List<String> lines = lines(node);
            int longest = lines.stream().mapToInt(String::length).max().orElse(0);
            boxes.add(new LayeredLayout.Box(node.id(), Math.max(160, SvgDocument.textWidth(longest) + 2 * PADDING),
                    lines.size() * SvgDocument.LINE_HEIGHT + PADDING));
        }
        List<String[]> edges = view.edges().stream().map(e -> new String[] {e.parent(), e.child()}).toList();
        LayeredLayout.Placement placement = LayeredLayout.place(boxes, edges);
        SvgDocument svg = new SvgDocument(placement.width(), placement.height(), "Revision graph", CSS);
        for (RevisionView.Edge edge : view.edges()) {
            edge(svg, edge, placement.rects());
        }
        for (RevisionView.Node node : view.nodes()) {
            node(svg, node, placement.rects().get(node.id()));
        }
        return svg.finish();
    }

    private static List<String> lines(RevisionView.Node node) {
        List<String> lines = new ArrayList<>();
        lines.add(node.title());
        if (!node.labels().isEmpty()) {
            lines.add(node.labelLine());
        }
        if (!node.message().isEmpty()) {
            lines.add(SvgDocument.cut(node.message(), MESSAGE_CHARACTERS));
        }
        return lines;
    }

    private static void node(SvgDocument svg, RevisionView.Node node, LayeredLayout.Rect rect) {
        List<String> classes = new ArrayList<>(List.of("revision"));
        classes.addAll(node.marks());
        svg.openGroup("class", String.join(" ", classes), "data-revision", node.id());
        svg.tooltip(node.id() + (node.message().isEmpty() ? "" : ": " + node.message()));
        svg.rect(rect, "box");
        double y = rect.y() + PADDING / 2 + SvgDocument.LINE_HEIGHT - 5;
        svg.text(rect.x() + PADDING, y, "id", node.title());
        if (!node.labels().isEmpty()) {
            y += SvgDocument.LINE_HEIGHT;
            svg.text(rect.x() + PADDING, y, "label", node.labelLine());
        }
        if (!node.message().isEmpty()) {
            y += SvgDocument.LINE_HEIGHT;
            svg.text(rect.x() + PADDING, y, "message", SvgDocument.cut(node.message(), MESSAGE_CHARACTERS));
        }
        svg.closeGroup();
    }

    private static void edge(SvgDocument svg, RevisionView.Edge edge, Map<String, LayeredLayout.Rect> rects) {
        LayeredLayout.Rect from = rects.get(edge.parent());
        LayeredLayout.Rect to = rects.get(edge.child());
        double x1 = from.centerX();
        double y1 = from.bottom();
        double x2 = to.centerX();
        double y2 = to.y();
        double middle = (y1 + y2) / 2;
        String d = "M" + SvgDocument.number(x1) + "," + SvgDocument.number(y1) + " C" + SvgDocument.number(x1) + ","
                + SvgDocument.number(middle) + " " + SvgDocument.number(x2) + "," + SvgDocument.number(middle) + " "
                + SvgDocument.number(x2) + "," + SvgDocument.number(y2);
        svg.path(d, "class", edge.pending() ? "edge pending" : "edge", "data-parent", edge.parent(),
                "data-child", edge.child(), "marker-end", "url(#arrow)");
    }
}
