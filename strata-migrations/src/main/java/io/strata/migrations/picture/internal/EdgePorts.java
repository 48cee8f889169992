package io.strata.migrations.picture.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where lines between placed boxes attach: on the sides that face each other, spread evenly along a side
 * that several lines share (so that two foreign keys between the same tables do not draw over each other),
 * in the order of the boxes at their other ends.
 */
final class EdgePorts {

    /** A side of a box. */
    private enum Side { TOP, BOTTOM, LEFT, RIGHT }

    /** One end of one line on a side. */
    private record End(int edge, boolean start, double order) {
    }

    /** The lines attached to one side of one box. */
    private record Port(LayeredLayout.Rect rect, Side side, List<End> ends) {
    }

    /** How far the loop of a box that refers to itself starts and ends below the box's top. */
    static final double LOOP_TOP = 12;
    static final double LOOP_BOTTOM = 36;

    private EdgePorts() {
    }

    /**
     * {@code {x1, y1, x2, y2}} of each edge {@code {from, to}}, in order; an edge from a box to itself gets the
     * two ends of a loop on the box's right side.
     */
    static List<double[]> of(List<String[]> edges, Map<String, LayeredLayout.Rect> rects) {
        List<double[]> ends = new ArrayList<>();
        Map<String, Port> ports = new LinkedHashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            LayeredLayout.Rect from = rects.get(edges.get(i)[0]);
            LayeredLayout.Rect to = rects.get(edges.get(i)[1]);
            if (from == to) {
                double right = from.x() + from.width();
                ends.add(new double[] {right, from.y() + LOOP_TOP, right, from.y() + LOOP_BOTTOM});
                continue;
            }
            ends.add(new double[4]);
            Side fromSide = facing(from, to);
            Side toSide = facing(to, from);
            attach(ports, edges.get(i)[0], from, fromSide, new End(i, true, order(to, fromSide)));
            attach(ports, edges.get(i)[1], to, toSide, new End(i, false, order(from, toSide)));
        }
        for (Port port : ports.values()) {
            port.ends().sort(Comparator.comparingDouble(End::order));
            for (int k = 0; k < port.ends().size(); k++) {
                double share = (k + 1.0) / (port.ends().size() + 1);
                End end = port.ends().get(k);
                double[] point = point(port.rect(), port.side(), share);
                ends.get(end.edge())[end.start() ? 0 : 2] = point[0];
                ends.get(end.edge())[end.start() ? 1 : 3] = point[1];
            }
        }
        return ends;
    }

    private static Side facing(LayeredLayout.Rect self, LayeredLayout.Rect other) {
        if (other.bottom() <= self.y()) {
            return Side.TOP;
        }
        if (self.bottom() <= other.y()) {
            return Side.BOTTOM;
        }
        return other.x() > self.x() ? Side.RIGHT : Side.LEFT;
    }

    private static double order(LayeredLayout.Rect other, Side side) {
        return side == Side.TOP || side == Side.BOTTOM ? other.centerX() : other.centerY();
    }

    private static void attach(Map<String, Port> ports, String key, LayeredLayout.Rect rect, Side side, End end) {
        ports.computeIfAbsent(key + "\u0000" + side, k -> new Port(rect, side, new ArrayList<>())).ends().add(end);
    }

    private static double[] point(LayeredLayout.Rect rect, Side side, double share) {
        return switch (side) {
            case TOP -> new double[] {rect.x() + rect.width() * share, rect.y()};
            case BOTTOM -> new double[] {rect.x() + rect.width() * share, rect.bottom()};
            case LEFT -> new double[] {rect.x(), rect.y() + rect.height() * share};
            case RIGHT -> new double[] {rect.x() + rect.width(), rect.y() + rect.height() * share};
        };
    }
}
