package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.util.List;

import io.strata.migrations.diff.DiffOptions;
import io.strata.migrations.diff.Difference;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.schema.Schema;

/**
 * Tells a failed operation whose change the database already has (the revision is not at fault) from
 * one that is wrong: every object the operation adds, drops or alters already looks in the live
 * database as the operation would leave it. Asked only after a failure, so its cost (reading the
 * live schema) is paid only then.
 */
final class ChangeInDatabase {

    private record Key(Difference.ObjectKind kind, String table, String name) {
        static Key of(Difference d) {
            return new Key(d.kind(), d.table(), d.name());
        }
    }

    private ChangeInDatabase() {
    }

    /**
     * The operation's changes (from {@code before} to {@code after}) when the live database already has
     * every one of them; empty when it lacks one, when the operation changes no schema object, or when
     * the live schema cannot be read.
     */
    static List<Difference> alreadyPresent(Connection connection, String dialect, Schema before, Schema after,
            String... excluded) {
        if (before == null || after == null) {
            return List.of();
        }
        List<Difference> changes = SchemaComparison.between(before, after).differences();
        if (changes.isEmpty()) {
            return List.of();
        }
        Schema live;
        try {
            live = SchemaInspector.create().excluding(excluded).inspect(connection);
        } catch (RuntimeException e) {
            return List.of();
        }
        DiffOptions asStored = DiffOptions.REPRESENTATIONS.contains(dialect)
                ? DiffOptions.defaults().ignoringRepresentationOf(dialect)
                : DiffOptions.defaults();
        List<Difference> toAfter = SchemaComparison.between(live, after, asStored).differences();
        return changes.stream().allMatch(change -> inDatabase(change, live, toAfter)) ? changes : List.of();
    }

    /**
     * Whether the live database already reflects one change: an added object exists there (even if it
     * differs in a detail: adding it fails all the same), a dropped one is absent, an altered one matches.
     */
    private static boolean inDatabase(Difference change, Schema live, List<Difference> liveToAfter) {
        Key key = Key.of(change);
        if (change.change() != Difference.Change.REMOVED && live.table(change.table()).isEmpty()) {
            return false;
        }
        return liveToAfter.stream().filter(d -> Key.of(d).equals(key)).noneMatch(d -> switch (change.change()) {
            case ADDED -> d.change() == Difference.Change.ADDED;
            case REMOVED -> d.change() == Difference.Change.REMOVED;
            default -> true;
        });
    }
}
