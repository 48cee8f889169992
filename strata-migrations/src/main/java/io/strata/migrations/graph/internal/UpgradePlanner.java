package io.strata.migrations.graph.internal;

import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.InvalidTargetException;
import io.strata.migrations.graph.MigrationPlan;
import io.strata.migrations.graph.MigrationStep;
import io.strata.migrations.graph.VersionChange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans an upgrade: every revision the target needs that is not applied yet, oldest first. Other
 * branches are left alone; a target already applied needs nothing.
 */
public final class UpgradePlanner {

    private final GraphIndex graph;
    private final TargetResolver resolver;

    /** A planner over this graph. */
    public UpgradePlanner(GraphIndex graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    /** The steps from {@code state} up to {@code target}. */
    public MigrationPlan plan(AppliedState state, TargetExpression target) {
        if (target.isRelativeToCurrent() && target.offset() < 0) {
            throw new InvalidTargetException(target.text(), "an upgrade cannot go down; use `db downgrade "
                    + target.text() + "` instead.");
        }
        List<String> targets = resolver.resolve(target, state);
        Set<String> needed = new HashSet<>(graph.ancestorsInclusive(targets));
        needed.removeAll(state.applied());
        List<String> order = TopologicalOrder.sort(needed, graph::parents, graph::children);
        VersionSimulation table = new VersionSimulation(graph, state);
        List<MigrationStep> steps = new ArrayList<>(order.size());
        order.forEach(id -> steps.add(table.upgrade(id)));
        Set<String> after = steps.isEmpty() ? state.versions() : steps.get(steps.size() - 1).versions().after();
        return new MigrationPlan(Direction.UPGRADE, target.text(), new VersionChange(state.versions(), after), steps);
    }
}
