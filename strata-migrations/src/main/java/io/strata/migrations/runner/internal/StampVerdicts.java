package io.strata.migrations.runner.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.graph.VersionChange;
import io.strata.migrations.operations.MigrationContext;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.Verdict;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.schema.Schema;

/**
 * The verdicts a stamp (or a create, which stamps) records: a stamp moves the version without running
 * revisions, so the revisions it brings into or out of the applied set are found from the graph.
 */
final class StampVerdicts {

    private StampVerdicts() {
    }

    /** The heads and all their ancestors. */
    static Set<String> applied(RevisionGraph graph, Set<String> heads) {
        Set<String> applied = new HashSet<>();
        for (String head : heads) {
            if (graph.contains(head)) {
                applied.add(head);
                applied.addAll(graph.ancestors(head));
            }
        }
        return applied;
    }

    /** The revisions applied before the change and not after it. */
    static List<String> removed(RevisionGraph graph, VersionChange change) {
        List<String> removed = new ArrayList<>(applied(graph, change.before()));
        removed.removeAll(applied(graph, change.after()));
        Collections.sort(removed);
        return removed;
    }

    /**
     * The verdicts of the revisions applied after the change and not before it, oldest first; the
     * schema before each comes from replaying every applied revision in order.
     */
    static Map<String, Verdict> added(RevisionSet revisions, VersionChange change) {
        RevisionGraph graph = revisions.graph();
        Set<String> before = applied(graph, change.before());
        Set<String> after = applied(graph, change.after());
        List<RevisionNode> oldestFirst = new ArrayList<>(graph.history());
        Collections.reverse(oldestFirst);
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        Schema schema = Schema.empty();
        for (RevisionNode node : oldestFirst) {
            if (!after.contains(node.id())) {
                continue;
            }
            MigrationRevision revision = revisions.revision(node.id());
            if (!before.contains(node.id())) {
                verdicts.put(node.id(), revision.verdict(schema));
            }
            schema = replay(revision, schema);
        }
        return verdicts;
    }

    private static Schema replay(MigrationRevision revision, Schema schema) {
        Schema result = schema;
        try {
            for (Operation op : revision.operations(Direction.UPGRADE, MigrationContext.of("none", result))) {
                result = op.completedFrom(result).applyTo(result);
            }
            return result;
        } catch (RuntimeException e) {
            // A revision that does not replay (SQL on a table the models made) leaves the schema as it was.
            return result;
        }
    }
}
