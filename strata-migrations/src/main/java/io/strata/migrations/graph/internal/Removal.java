package io.strata.migrations.graph.internal;

import io.strata.migrations.graph.InvalidTargetException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which applied revisions going down to a target takes away. */
record Removal(GraphIndex graph, TargetResolver resolver) {

    /**
     * The applied revisions above {@code target} (on the named branch only, if one is named);
     * {@code strict} refuses targets that are not applied.
     */
    Set<String> of(AppliedState state, TargetExpression target, boolean strict) {
        List<String> targets = target.isBase() ? List.of() : resolver.resolve(target, state);
        Lineage lineage = resolver.lineageOf(target);
        if (targets.isEmpty()) {
            return lineage == null ? state.applied() : branchOnly(state, lineage);
        }
        for (String id : targets) {
            if (strict && !state.applied().contains(id)) {
                throw new InvalidTargetException(target.text(), "revision " + id + " is not applied (the database"
                        + " is at " + (state.isEmpty() ? "base" : String.join(", ", state.versions()))
                        + "), so a downgrade cannot reach it; use `db upgrade " + target.text() + "` to go up.");
            }
        }
        // with a branch named, going down to a branch point reverts that branch only
        Set<String> roots = new HashSet<>();
        for (String id : targets) {
            roots.addAll(lineage == null ? graph.children(id) : lineage.filter(graph.children(id)));
        }
        Set<String> removed = new HashSet<>();
        removed.addAll(roots);
        removed.addAll(graph.descendants(roots));
        removed.retainAll(state.applied());
        removed.removeAll(graph.ancestorsInclusive(targets));
        return removed;
    }

    /** The applied revisions of one lineage that no applied revision outside it still needs. */
    private Set<String> branchOnly(AppliedState state, Lineage lineage) {
        Set<String> outside = new HashSet<>(state.applied());
        outside.removeAll(lineage.members());
        Set<String> removed = new HashSet<>(state.applied());
        removed.removeAll(graph.ancestorsInclusive(outside));
        return removed;
    }
}
