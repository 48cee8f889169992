package io.strata.migrations.dialect.internal.sqlite;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.strata.migrations.operations.AddColumn;
import io.strata.migrations.operations.AlterColumn;
import io.strata.migrations.operations.DropColumn;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Table;

/**
 * Where each column of a rebuilt table takes its rows from: the old column it was (renames followed),
 * or nothing when the rebuild's operations added it (a column dropped and added again under the same
 * name starts empty, as the operations one by one would leave it).
 */
final class ColumnSources {

    private final Map<String, String> sources;
    private final Table old;

    private ColumnSources(Map<String, String> sources, Table old) {
        this.sources = sources;
        this.old = old;
    }

    /** The sources after the operations, in order, changed the old table. */
    static ColumnSources of(Table old, List<Operation> ops) {
        Map<String, String> sources = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        old.columns().forEach(c -> sources.put(c.name(), c.name()));
        for (Operation op : ops) {
            if (op instanceof AddColumn o) {
                sources.put(o.column().name(), null);
            } else if (op instanceof DropColumn o) {
                sources.remove(o.column());
            } else if (op instanceof AlterColumn o && o.renames()) {
                sources.put(o.newName(), sources.remove(o.column()));
            }
        }
        return new ColumnSources(sources, old);
    }

    /** The old column the new one takes its rows from, or {@code null} when it starts empty. */
    Column sourceOf(Column target) {
        String source = sources.get(target.name());
        return source == null ? null : old.column(source).orElse(null);
    }

    /** The old table's columns whose rows no new column takes (dropped, or renamed away), compared without regard to case. */
    Set<String> removed() {
        Set<String> removed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        old.columns().forEach(c -> removed.add(c.name()));
        sources.values().stream().filter(s -> s != null).forEach(removed::remove);
        return removed;
    }
}
