package io.strata.migrations.graph.internal;

import io.strata.migrations.graph.VersionChange;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans a stamp: the version table the database would have after moving to the target, up or
 * down, without running anything.
 */
public final class StampPlanner {

    private final GraphIndex graph;
    private final TargetResolver resolver;

    /** A planner over this graph. */
    public StampPlanner(GraphIndex graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    /** The version table before and after stamping {@code target} over {@code state}. */
    public VersionChange plan(AppliedState state, TargetExpression target) {
        Set<String> applied = new HashSet<>(state.applied());
        applied.removeAll(new Removal(graph, resolver).of(state, target, false));
        if (!target.isBase()) {
            applied.addAll(graph.ancestorsInclusive(resolver.resolve(target, state)));
        }
        return new VersionChange(state.versions(), new TreeSet<>(graph.headsOf(applied)));
    }
}
