package io.strata.migrations.graph.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The revisions a branch prefix ({@code name@…}) restricts a target to: the branch's revision,
 * everything below it and everything above it, as Alembic's "shares lineage" test.
 *
 * @param name the branch label or revision id as written
 * @param revision the revision it names
 * @param members the revisions sharing its lineage
 */
public record Lineage(String name, String revision, Set<String> members) {

    /** The lineage of the revision a branch label, id or id prefix names. */
    public static Lineage of(GraphIndex graph, String name) {
        String revision = graph.lookup(name);
        Set<String> members = new HashSet<>(graph.ancestorsInclusive(List.of(revision)));
        members.addAll(graph.descendants(List.of(revision)));
        return new Lineage(name, revision, Set.copyOf(members));
    }

    /** The given ids that share this lineage, in their order. */
    public List<String> filter(List<String> ids) {
        return ids.stream().filter(members::contains).toList();
    }
}
