package io.strata.migrations.graph.internal;

import io.strata.migrations.graph.InvalidVersionSetException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the database has applied: the ids in its version table (one per applied branch head) and
 * everything below them.
 *
 * @param versions the version table's ids, sorted
 * @param applied the versions and all their ancestors
 */
public record AppliedState(Set<String> versions, Set<String> applied) {

    /** Checks the stored ids against the graph: each must exist, and none may lie below another. */
    public static AppliedState of(GraphIndex graph, Collection<String> current) {
        Set<String> versions = new TreeSet<>(current);
        for (String id : versions) {
            if (!graph.contains(id)) {
                throw new InvalidVersionSetException(versions, "revision " + id + " is not among the known"
                        + " revisions; restore its revision, or stamp the database afresh ignoring the"
                        + " current versions.");
            }
        }
        Set<String> applied = new HashSet<>(graph.ancestorsInclusive(versions));
        List<String> heads = graph.headsOf(applied);
        for (String id : versions) {
            if (!heads.contains(id)) {
                String above = versions.stream().filter(v -> graph.descendants(List.of(id)).contains(v))
                        .findFirst().orElseThrow();
                throw new InvalidVersionSetException(versions, "revision " + id + " lies below " + above
                        + ", so only " + above + " should be stored; stamp the database to fix it.");
            }
        }
        return new AppliedState(frozen(versions), Collections.unmodifiableSet(applied));
    }

    /** The state whose applied revisions are exactly {@code closed} (closed under ancestors). */
    public static AppliedState ofApplied(GraphIndex graph, Set<String> closed) {
        return new AppliedState(frozen(graph.headsOf(closed)), Collections.unmodifiableSet(new HashSet<>(closed)));
    }

    private static Set<String> frozen(Collection<String> ids) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(ids));
    }

    /** Whether nothing is applied. */
    public boolean isEmpty() {
        return versions.isEmpty();
    }
}
