package io.strata.migrations.graph;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the set of ids in the version table changes: one row per applied branch head.
 *
 * @param before the ids before the change, sorted
 * @param after the ids after the change, sorted
 */
public record VersionChange(Set<String> before, Set<String> after) {

    /** Freezes both sets in sorted order. */
    public VersionChange {
        before = sortedCopy(before);
        after = sortedCopy(after);
    }

    /** The ids to delete from the version table. */
    public Set<String> removed() {
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        return Collections.unmodifiableSet(removed);
    }

    /** The ids to insert into the version table. */
    public Set<String> added() {
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        return Collections.unmodifiableSet(added);
    }

    /** Whether the version table stays as it is. */
    public boolean isEmpty() {
        return before.equals(after);
    }

    static Set<String> sortedCopy(Collection<String> ids) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(new TreeSet<>(ids)));
    }
}
