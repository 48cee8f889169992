package io.strata.migrations.graph.internal;

import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.MigrationStep;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.graph.VersionChange;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Replays steps against a copy of the version table, so each step knows which rows it deletes
 * and inserts: the table always holds the heads of what is applied.
 */
final class VersionSimulation {

    private final GraphIndex graph;
    private final Set<String> versions;
    private final Set<String> applied;

    VersionSimulation(GraphIndex graph, AppliedState start) {
        this.graph = graph;
        this.versions = new TreeSet<>(start.versions());
        this.applied = new HashSet<>(start.applied());
    }

    /** Applies a revision whose parents are all applied: its parents stop being heads, it becomes one. */
    MigrationStep upgrade(String id) {
        RevisionNode node = graph.node(id);
        Set<String> before = new TreeSet<>(versions);
        node.parents().forEach(versions::remove);
        versions.add(id);
        applied.add(id);
        return new MigrationStep(node, Direction.UPGRADE, new VersionChange(before, versions));
    }

    /** Reverts an applied head: it goes, and each parent with no other applied child becomes a head. */
    MigrationStep downgrade(String id) {
        RevisionNode node = graph.node(id);
        Set<String> before = new TreeSet<>(versions);
        versions.remove(id);
        applied.remove(id);
        for (String parent : node.parents()) {
            if (graph.children(parent).stream().noneMatch(applied::contains)) {
                versions.add(parent);
            }
        }
        return new MigrationStep(node, Direction.DOWNGRADE, new VersionChange(before, versions));
    }
}
