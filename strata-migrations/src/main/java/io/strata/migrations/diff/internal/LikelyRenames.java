package io.strata.migrations.diff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import io.strata.migrations.diff.LikelyRename;
import io.strata.migrations.schema.Column;
import io.strata.migrations.schema.Table;

/**
 * Finds dropped and added tables or columns that have the same shape, pairing them only where the
 * match is one to one: a table by its columns (names, types, nullability, defaults), a column by
 * its type, nullability, default and auto-increment.
 */
final class LikelyRenames {

    private LikelyRenames() {
    }

    static List<LikelyRename> of(Changes changes) {
        List<LikelyRename> found = new ArrayList<>();
        for (Pair<Table> pair : pairs(changes.droppedTables(), changes.addedTables(), LikelyRenames::shape)) {
            found.add(LikelyRename.table(pair.dropped().name(), pair.added().name()));
        }
        for (TableChanges t : changes.tables()) {
            for (Pair<Column> pair : pairs(t.droppedColumns(), t.addedColumns(), LikelyRenames::shape)) {
                found.add(LikelyRename.column(t.after().name(), pair.dropped().name(), pair.added().name(), pair.added().type()));
            }
        }
        return List.copyOf(found);
    }

    private record Pair<T>(T dropped, T added) {
    }

    private static <T> List<Pair<T>> pairs(List<T> dropped, List<T> added, Function<T, String> shape) {
        List<Pair<T>> pairs = new ArrayList<>();
        for (T d : dropped) {
            List<T> candidates = added.stream().filter(a -> shape.apply(a).equals(shape.apply(d))).toList();
            if (candidates.size() == 1
                    && dropped.stream().filter(x -> shape.apply(x).equals(shape.apply(candidates.get(0)))).count() == 1) {
                pairs.add(new Pair<>(d, candidates.get(0)));
            }
        }
        return pairs;
    }

    private static String shape(Column c) {
        return c.type() + "|" + c.nullable() + "|" + (c.serverDefault() == null ? "" : c.serverDefault().sql()) + "|"
                + c.autoIncrement();
    }

    private static String shape(Table t) {
        Set<String> columns = new TreeSet<>();
        t.columns().forEach(c -> columns.add(Equivalence.key(c.name()) + ":" + shape(c)));
        return columns.toString();
    }
}
