package io.strata.migrations.graph.internal;

import io.strata.migrations.graph.DuplicateBranchLabelException;
import io.strata.migrations.graph.DuplicateRevisionException;
import io.strata.migrations.graph.MissingParentException;
import io.strata.migrations.graph.RevisionCycleException;
import io.strata.migrations.graph.RevisionNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The checks a set of revisions must pass to form a graph, in the order users can fix them. */
final class GraphValidation {

    private GraphValidation() {
    }

    static GraphIndex validateAndIndex(Collection<RevisionNode> revisions) {
        TreeMap<String, RevisionNode> nodes = new TreeMap<>();
        for (RevisionNode node : revisions) {
            if (nodes.putIfAbsent(node.id(), node) != null) {
                throw new DuplicateRevisionException(node.id());
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        nodes.keySet().forEach(id -> children.put(id, new ArrayList<>()));
        for (RevisionNode node : nodes.values()) {
            for (String parent : node.parents()) {
                List<String> siblings = children.get(parent);
                if (siblings == null) {
                    throw new MissingParentException(node.id(), parent);
                }
                siblings.add(node.id());
            }
        }
        children.replaceAll((id, list) -> List.copyOf(list));
        List<String> newestFirst = TopologicalOrder.sort(nodes.keySet(), children::get,
                id -> nodes.get(id).parents());
        if (newestFirst.size() < nodes.size()) {
            Set<String> stuck = new HashSet<>(nodes.keySet());
            newestFirst.forEach(stuck::remove);
            // stuck nodes wait on a stuck child; walking children finds the cycle, reversed it reads child-to-parent
            List<String> cycle = new ArrayList<>(TopologicalOrder.findCycle(stuck, children::get));
            Collections.reverse(cycle);
            Collections.rotate(cycle, -cycle.indexOf(Collections.min(cycle)));
            throw new RevisionCycleException(cycle);
        }
        return new GraphIndex(nodes, children, labels(nodes), newestFirst);
    }

    private static Map<String, String> labels(TreeMap<String, RevisionNode> nodes) {
        Map<String, String> labels = new TreeMap<>();
        for (RevisionNode node : nodes.values()) {
            for (String label : node.branchLabels()) {
                if (nodes.containsKey(label)) {
                    throw new DuplicateBranchLabelException(label, List.of(node.id(), label), true);
                }
                String other = labels.putIfAbsent(label, node.id());
                if (other != null) {
                    throw new DuplicateBranchLabelException(label, List.of(other, node.id()), false);
                }
            }
        }
        return Collections.unmodifiableMap(labels);
    }
}
