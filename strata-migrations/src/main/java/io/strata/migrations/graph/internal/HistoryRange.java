package io.strata.migrations.graph.internal;

import io.strata.migrations.graph.InvalidTargetException;
import io.strata.migrations.graph.RevisionNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Selects the revisions of a {@code lower:upper} range, newest first: those at or above a
 * lower revision and at or below an upper one. An empty side, {@code base} or {@code heads} leaves
 * that side open; {@code current} means the database's revisions.
 */
public final class HistoryRange {

    private final GraphIndex graph;
    private final TargetResolver resolver;

    /** A range selector over this graph. */
    public HistoryRange(GraphIndex graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    /** The revisions in {@code range}, newest first. */
    public List<RevisionNode> select(String range, AppliedState state) {
        int colon = range == null ? -1 : range.indexOf(':');
        if (colon < 0 || range.indexOf(':', colon + 1) >= 0) {
            throw new InvalidTargetException(String.valueOf(range), "a history range is lower:upper, for example"
                    + " base:head, ae1027:head, ae1027: or :ae1027.");
        }
        List<String> lower = side(range.substring(0, colon).strip(), "base", state);
        List<String> upper = side(range.substring(colon + 1).strip(), "heads", state);
        Set<String> selected = new HashSet<>();
        graph.newestFirst().forEach(node -> selected.add(node.id()));
        if (upper != null) {
            selected.retainAll(graph.ancestorsInclusive(upper));
        }
        if (lower != null && !lower.isEmpty()) {
            for (String id : lower) {
                if (!selected.contains(id)) {
                    throw new InvalidTargetException(range, "revision " + id + " is not at or below the upper"
                            + " end of the range; put the older revision first, as lower:upper.");
                }
            }
            Set<String> above = new HashSet<>(graph.descendants(lower));
            above.addAll(lower);
            selected.retainAll(above);
        }
        return graph.newestFirst().stream().filter(node -> selected.contains(node.id())).toList();
    }

    private List<String> side(String text, String open, AppliedState state) {
        if (text.isEmpty() || text.equals(open)) {
            return null;
        }
        if (text.equals("current")) {
            return List.copyOf(state.versions());
        }
        return resolver.resolve(TargetExpression.parse(text), state);
    }
}
