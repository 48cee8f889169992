package io.strata.migrations.graph.internal;

import io.strata.migrations.graph.AmbiguousRevisionException;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.graph.UnknownRevisionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The immutable, validated index of a revision graph: nodes by id, children, labels, heads, bases
 * and the newest-first order, all computed once so that queries are lookups.
 */
public final class GraphIndex {

    private final TreeMap<String, RevisionNode> nodes;
    private final Map<String, List<String>> children;
    private final Map<String, String> labels;
    private final List<String> heads;
    private final List<String> bases;
    private final List<RevisionNode> newestFirst;
    private final Map<String, Integer> position;

    GraphIndex(TreeMap<String, RevisionNode> nodes, Map<String, List<String>> children,
            Map<String, String> labels, List<String> newestFirstIds) {
        this.nodes = nodes;
        this.children = children;
        this.labels = labels;
        this.heads = nodes.keySet().stream().filter(id -> children.get(id).isEmpty()).toList();
        this.bases = nodes.values().stream().filter(RevisionNode::isBase).map(RevisionNode::id).toList();
        this.newestFirst = newestFirstIds.stream().map(nodes::get).toList();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < newestFirstIds.size(); i++) {
            positions.put(newestFirstIds.get(i), i);
        }
        this.position = positions;
    }

    /** Validates the revisions and indexes them; see {@link GraphValidation} for the checks. */
    public static GraphIndex build(Collection<RevisionNode> revisions) {
        return GraphValidation.validateAndIndex(revisions);
    }

    /** How many revisions there are. */
    public int size() {
        return nodes.size();
    }

    /** Whether a revision has exactly this id. */
    public boolean contains(String id) {
        return nodes.containsKey(id);
    }

    /** The revision with exactly this id. */
    public RevisionNode node(String id) {
        RevisionNode node = nodes.get(id);
        if (node == null) {
            throw new UnknownRevisionException(id);
        }
        return node;
    }

    /** The parents of a known revision. */
    public List<String> parents(String id) {
        return node(id).parents();
    }

    /** The children of a known revision, sorted. */
    public List<String> children(String id) {
        node(id);
        return children.get(id);
    }

    /** The revisions without children, sorted. */
    public List<String> heads() {
        return heads;
    }

    /** The revisions without parents, sorted. */
    public List<String> bases() {
        return bases;
    }

    /** Every revision, each before all of its ancestors. */
    public List<RevisionNode> newestFirst() {
        return newestFirst;
    }

    /** The revision carrying this branch label. */
    public Optional<String> labelled(String label) {
        return Optional.ofNullable(labels.get(label));
    }

    /** Every branch label and the revision carrying it, sorted by label. */
    public Map<String, String> labels() {
        return labels;
    }

    /** The revision an exact id, a branch label or a unique id prefix names. */
    public String lookup(String identifier) {
        if (nodes.containsKey(identifier)) {
            return identifier;
        }
        String labelled = labels.get(identifier);
        if (labelled != null) {
            return labelled;
        }
        List<String> matches = new ArrayList<>(
                nodes.subMap(identifier, true, identifier + Character.MAX_VALUE, false).keySet());
        if (matches.isEmpty()) {
            throw new UnknownRevisionException(identifier);
        }
        if (matches.size() > 1) {
            throw new AmbiguousRevisionException(identifier, matches);
        }
        return matches.get(0);
    }

    /** The revisions below these (excluding them unless reached from another), newest first. */
    public Set<String> ancestors(Collection<String> ids) {
        return reach(ids, this::parents);
    }

    /** These revisions and everything below them, newest first. */
    public Set<String> ancestorsInclusive(Collection<String> ids) {
        Set<String> all = new HashSet<>(ids);
        all.addAll(ancestors(ids));
        return inHistoryOrder(all);
    }

    /** The revisions above these (excluding them unless reached from another), newest first. */
    public Set<String> descendants(Collection<String> ids) {
        return reach(ids, this::children);
    }

    /** These ids ordered newest first, as a frozen set. */
    public Set<String> inHistoryOrder(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingInt(position::get));
        return Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
    }

    /** The members of {@code closed} that have no child inside it, sorted. */
    public List<String> headsOf(Set<String> closed) {
        List<String> result = new ArrayList<>();
        for (String id : closed) {
            if (children(id).stream().noneMatch(closed::contains)) {
                result.add(id);
            }
        }
        Collections.sort(result);
        return result;
    }

    private Set<String> reach(Collection<String> start, Function<String, List<String>> next) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String id : start) {
            todo.addAll(next.apply(id));
        }
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(next.apply(id));
            }
        }
        return inHistoryOrder(seen);
    }
}
