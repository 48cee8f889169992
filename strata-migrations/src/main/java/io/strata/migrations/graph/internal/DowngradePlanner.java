package io.strata.migrations.graph.internal;

import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.InvalidTargetException;
import io.strata.migrations.graph.MigrationPlan;
import io.strata.migrations.graph.MigrationStep;
import io.strata.migrations.graph.VersionChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plans a downgrade: every applied revision above the target, newest first. Branches that do not
 * descend from the target are left alone; {@code base} reverts everything, {@code label@base} one branch.
 */
public final class DowngradePlanner {

    private final GraphIndex graph;
    private final TargetResolver resolver;

    /** A planner over this graph. */
    public DowngradePlanner(GraphIndex graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    /** The steps from {@code state} down to {@code target}. */
    public MigrationPlan plan(AppliedState state, TargetExpression target) {
        if (target.isRelativeToCurrent() && target.offset() > 0) {
            throw new InvalidTargetException(target.text(), "a downgrade cannot go up; use `db upgrade "
                    + target.text() + "` instead.");
        }
        Set<String> removed = new Removal(graph, resolver).of(state, target, true);
        List<String> order = TopologicalOrder.sort(removed, graph::children, graph::parents);
        VersionSimulation table = new VersionSimulation(graph, state);
        List<MigrationStep> steps = new ArrayList<>(order.size());
        order.forEach(id -> steps.add(table.downgrade(id)));
        Set<String> after = steps.isEmpty() ? state.versions() : steps.get(steps.size() - 1).versions().after();
        return new MigrationPlan(Direction.DOWNGRADE, target.text(), new VersionChange(state.versions(), after),
                steps);
    }
}
