package io.strata.migrations.revision.internal;

import java.util.List;

import io.strata.migrations.operations.Backfill;
import io.strata.migrations.operations.Execute;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.PlaceholderNotFilledException;

/** Refuses to run a revision whose SQL still holds autogenerate's placeholder for a value. */
public final class PlaceholderCheck {

    private PlaceholderCheck() {
    }

    /** Throws {@link PlaceholderNotFilledException} when an {@code execute} or {@code backfill} of these operations holds the placeholder. */
    public static void beforeRunning(MigrationRevision revision, List<? extends Operation> operations) {
        for (Operation op : operations) {
            if (op instanceof Execute execute && (holds(execute.sql())
                    || execute.dialectSql().values().stream().anyMatch(PlaceholderCheck::holds))
                    || op instanceof Backfill backfill && backfill.assignments().stream().anyMatch(a -> holds(a.sql())
                            || a.dialectSql().values().stream().anyMatch(PlaceholderCheck::holds))) {
                throw new PlaceholderNotFilledException(revision.id(), revision.source());
            }
        }
    }

    private static boolean holds(String sql) {
        return sql != null && sql.contains(PlaceholderNotFilledException.PLACEHOLDER);
    }
}
