package io.strata.migrations.picture.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A layered layout: each box goes one layer below the lowest of the boxes it hangs from (the longest path
 * from a top box), boxes of a layer sit side by side in the order of the boxes above them, and every
 * layer is centred. Cycles (foreign keys that refer back) are broken in the order the boxes were given.
 */
final class LayeredLayout {

    /** A box to place: its key and size. */
    record Box(String key, double width, double height) {
    }

    /** Where a box went. */
    record Rect(double x, double y, double width, double height) {

        double centerX() {
            return x + width / 2;
        }

        double centerY() {
            return y + height / 2;
        }

        double bottom() {
            return y + height;
        }
    }

    /** Every box's place and the size of the whole. */
    record Placement(Map<String, Rect> rects, double width, double height) {
    }

    private static final double GAP_X = 32;
    private static final double GAP_Y = 48;
    private static final double MARGIN = 16;

    private LayeredLayout() {
    }

    /** Places the boxes; each edge is {@code {upper, lower}} by key (unknown keys and self-edges are ignored). */
    static Placement place(List<Box> boxes, List<String[]> edges) {
        Map<String, Box> byKey = new LinkedHashMap<>();
        boxes.forEach(box -> byKey.put(box.key(), box));
        Map<String, List<String>> above = new HashMap<>();
        for (String[] edge : edges) {
            if (byKey.containsKey(edge[0]) && byKey.containsKey(edge[1]) && !edge[0].equals(edge[1])) {
                above.computeIfAbsent(edge[1], k -> new ArrayList<>()).add(edge[0]);
            }
        }
        List<List<String>> layers = order(layers(byKey.keySet(), above), above);
        double width = 0;
        for (List<String> layer : layers) {
            width = Math.max(width, rowWidth(layer, byKey));
        }
        Map<String, Rect> rects = new LinkedHashMap<>();
        double y = MARGIN;
        for (List<String> layer : layers) {
            double x = MARGIN + (width - rowWidth(layer, byKey)) / 2;
            double height = layer.stream().mapToDouble(key -> byKey.get(key).height()).max().orElse(0);
            for (String key : layer) {
                Box box = byKey.get(key);
                rects.put(key, new Rect(x, y, box.width(), box.height()));
                x += box.width() + GAP_X;
            }
            y += height + GAP_Y;
        }
        return new Placement(rects, width + 2 * MARGIN, Math.max(y - GAP_Y + MARGIN, 2 * MARGIN));
    }

    private static Map<String, Integer> layers(Iterable<String> keys, Map<String, List<String>> above) {
        Map<String, Integer> layer = new LinkedHashMap<>();
        List<String> remaining = new ArrayList<>();
        keys.forEach(remaining::add);
        while (!remaining.isEmpty()) {
            String next = remaining.stream()
                    .filter(key -> above.getOrDefault(key, List.of()).stream().allMatch(layer::containsKey))
                    .findFirst().orElse(remaining.get(0));
            int depth = above.getOrDefault(next, List.of()).stream().filter(layer::containsKey)
                    .mapToInt(key -> layer.get(key) + 1).max().orElse(0);
            layer.put(next, depth);
            remaining.remove(next);
        }
        // A top box (a table nothing it refers to) sits just above the highest box that hangs from it.
        for (Map.Entry<String, Integer> entry : layer.entrySet()) {
            if (above.getOrDefault(entry.getKey(), List.of()).isEmpty()) {
                above.entrySet().stream().filter(e -> e.getValue().contains(entry.getKey()))
                        .mapToInt(e -> layer.get(e.getKey()) - 1).min().ifPresent(entry::setValue);
            }
        }
        return layer;
    }

    private static List<List<String>> order(Map<String, Integer> layerOf, Map<String, List<String>> above) {
        int count = layerOf.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> layers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            layers.add(new ArrayList<>());
        }
        layerOf.forEach((key, layer) -> layers.get(layer).add(key));
        Map<String, Double> position = new HashMap<>();
        for (List<String> layer : layers) {
            Map<String, Double> centre = new HashMap<>();
            for (int i = 0; i < layer.size(); i++) {
                String key = layer.get(i);
                double given = i - (layer.size() - 1) / 2.0;
                centre.put(key, above.getOrDefault(key, List.of()).stream().filter(position::containsKey)
                        .mapToDouble(position::get).average().orElse(given));
            }
            layer.sort(Comparator.comparingDouble(centre::get));
            for (int i = 0; i < layer.size(); i++) {
                position.put(layer.get(i), i - (layer.size() - 1) / 2.0);
            }
        }
        return layers;
    }

    private static double rowWidth(List<String> layer, Map<String, Box> byKey) {
        return layer.stream().mapToDouble(key -> byKey.get(key).width()).sum() + GAP_X * Math.max(0, layer.size() - 1);
    }
}
