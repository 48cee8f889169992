package io.strata.migrations.revision.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.RevisionGraph;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.operations.MigrationContext;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.operations.SchemaMismatchException;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionLoadException;
import io.strata.migrations.schema.Schema;

/**
 * The schema at a set of applied revisions: every upgrade operation of them and their ancestors,
 * applied in dependency order to an empty schema.
 */
public final class SchemaReplay {

    private final RevisionGraph graph;
    private final Map<String, MigrationRevision> revisions;
    /** Revisions never change once loaded, so neither does the schema a version set replays to. */
    private final Map<Set<String>, Schema> replayed = new java.util.concurrent.ConcurrentHashMap<>();

    /** A replay over these revisions and their graph. */
    public SchemaReplay(RevisionGraph graph, Map<String, MigrationRevision> revisions) {
        this.graph = graph;
        this.revisions = revisions;
    }

    /** The schema once these revisions (and everything they follow) are applied; replayed once per version set. */
    public Schema schemaAt(Collection<String> versions) {
        Set<String> key = Set.copyOf(versions);
        Schema known = replayed.get(key);
        if (known != null) {
            return known;
        }
        Schema schema = replay(key);
        replayed.putIfAbsent(key, schema);
        return schema;
    }

    private Schema replay(Collection<String> versions) {
        Set<String> applied = new HashSet<>();
        for (String id : versions) {
            String exact = graph.node(id).id();
            applied.add(exact);
            applied.addAll(graph.ancestors(exact));
        }
        List<RevisionNode> oldestFirst = new ArrayList<>(graph.history());
        java.util.Collections.reverse(oldestFirst);
        Schema schema = Schema.empty();
        for (RevisionNode node : oldestFirst) {
            if (applied.contains(node.id())) {
                schema = apply(revisions.get(node.id()), schema);
            }
        }
        return schema;
    }

    private static Schema apply(MigrationRevision revision, Schema schema) {
        Schema current = schema;
        for (Operation op : revision.operations(Direction.UPGRADE, MigrationContext.of("none", schema))) {
            try {
                current = op.completedFrom(current).applyTo(current);
            } catch (SchemaMismatchException e) {
                throw new RevisionLoadException(revision.source(), "replaying revision " + revision.id()
                        + " does not fit the schema of the revisions before it: " + e.getMessage()
                        + "; fix the revision's operations or its parents", e);
            }
        }
        return current;
    }
}
