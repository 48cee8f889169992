package io.strata.migrations.graph.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders part of a graph so each node comes after the nodes it needs, deterministically: among
 * ready nodes the one just released comes first (a branch stays contiguous), then the smallest id.
 */
public final class TopologicalOrder {

    private TopologicalOrder() {
    }

    /**
     * Orders {@code subset}; a node is emitted once every one of its {@code needs} inside the subset
     * is. Nodes on (or behind) a cycle are left out, so a result shorter than the subset means a cycle.
     */
    public static List<String> sort(Set<String> subset, Function<String, ? extends Collection<String>> needs,
            Function<String, ? extends Collection<String>> neededBy) {
        Map<String, Integer> waiting = new HashMap<>();
        List<String> ready = new ArrayList<>();
        for (String id : subset) {
            int count = 0;
            for (String need : needs.apply(id)) {
                if (subset.contains(need)) {
                    count++;
                }
            }
            if (count == 0) {
                ready.add(id);
            } else {
                waiting.put(id, count);
            }
        }
        Deque<String> stack = new ArrayDeque<>();
        pushSmallestOnTop(stack, ready);
        List<String> out = new ArrayList<>(subset.size());
        while (!stack.isEmpty()) {
            String id = stack.pop();
            out.add(id);
            List<String> released = new ArrayList<>();
            for (String next : neededBy.apply(id)) {
                Integer left = waiting.computeIfPresent(next, (k, v) -> v - 1);
                if (left != null && left == 0) {
                    waiting.remove(next);
                    released.add(next);
                }
            }
            pushSmallestOnTop(stack, released);
        }
        return out;
    }

    /**
     * One cycle among {@code stuck}, the nodes {@link #sort} left out, each followed by its need;
     * every stuck node has a stuck need, so following needs must come back round.
     */
    public static List<String> findCycle(Set<String> stuck, Function<String, ? extends Collection<String>> needs) {
        String current = stuck.stream().min(Comparator.naturalOrder()).orElseThrow();
        List<String> path = new ArrayList<>();
        Map<String, Integer> seenAt = new HashMap<>();
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, path.size());
            path.add(current);
            current = needs.apply(current).stream().filter(stuck::contains).sorted().findFirst().orElseThrow();
        }
        return List.copyOf(path.subList(seenAt.get(current), path.size()));
    }

    private static void pushSmallestOnTop(Deque<String> stack, List<String> ids) {
        ids.sort(Comparator.reverseOrder());
        ids.forEach(stack::push);
    }
}
