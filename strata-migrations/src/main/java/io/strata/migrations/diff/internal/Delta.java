package io.strata.migrations.diff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What became of the named objects of one kind (columns, indexes, constraints) between two
 * versions of a table: added, removed, or present in both but different.
 *
 * @param added only in the target, in its order
 * @param removed only in the source, in its order
 * @param changed in both (by name, without case) but different, in the target's order
 * @param <T> the kind of object
 */
record Delta<T>(List<T> added, List<T> removed, List<Changed<T>> changed) {

    /** One object before and after. */
    record Changed<T>(T before, T after) {
    }

    /** Matches objects by name (without case); {@code same} decides whether a matched pair is unchanged. */
    static <T> Delta<T> byName(List<T> before, List<T> after, Function<T, String> name, BiPredicate<T, T> same) {
        List<T> added = new ArrayList<>();
        List<Changed<T>> changed = new ArrayList<>();
        for (T a : after) {
            T b = find(before, name.apply(a), name);
            if (b == null) {
                added.add(a);
            } else if (!same.test(b, a)) {
                changed.add(new Changed<>(b, a));
            }
        }
        List<T> removed = new ArrayList<>();
        for (T b : before) {
            if (find(after, name.apply(b), name) == null) {
                removed.add(b);
            }
        }
        return new Delta<>(List.copyOf(added), List.copyOf(removed), List.copyOf(changed));
    }

    private static <T> T find(List<T> items, String wanted, Function<T, String> name) {
        return items.stream().filter(i -> name.apply(i).equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    /** Whether nothing was added, removed or changed. */
    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** What must go before the change: the removed objects and the old versions of changed ones. */
    List<T> toDrop() {
        List<T> drop = new ArrayList<>(removed);
        changed.forEach(c -> drop.add(c.before()));
        return drop;
    }

    /** What must be created after: the added objects and the new versions of changed ones. */
    List<T> toCreate() {
        List<T> create = new ArrayList<>();
        changed.forEach(c -> create.add(c.after()));
        create.addAll(added);
        return create;
    }

    /**
     * The removed and added objects that differ only by name, paired one to one in order: renames,
     * which the planner carries out as such instead of a drop and a create. An added object is
     * paired only when {@code mayTakeName} accepts it (a name still in use is left to drop and create).
     */
    List<Changed<T>> renames(BiPredicate<T, T> sameButName, Predicate<T> mayTakeName) {
        List<T> unpaired = new ArrayList<>(added);
        List<Changed<T>> renames = new ArrayList<>();
        for (T b : removed) {
            for (int i = 0; i < unpaired.size(); i++) {
                T a = unpaired.get(i);
                if (sameButName.test(b, a) && mayTakeName.test(a)) {
                    renames.add(new Changed<>(b, a));
                    unpaired.remove(i);
                    break;
                }
            }
        }
        return List.copyOf(renames);
    }

    /** {@link #toDrop()} without the old versions of the renamed objects. */
    List<T> toDrop(List<Changed<T>> renames) {
        List<T> drop = new ArrayList<>(toDrop());
        renames.forEach(r -> drop.remove(r.before()));
        return drop;
    }

    /** {@link #toCreate()} without the new versions of the renamed objects. */
    List<T> toCreate(List<Changed<T>> renames) {
        List<T> create = new ArrayList<>(toCreate());
        renames.forEach(r -> create.remove(r.after()));
        return create;
    }
}
