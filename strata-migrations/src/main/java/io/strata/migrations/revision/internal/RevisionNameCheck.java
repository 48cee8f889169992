package io.strata.migrations.revision.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.graph.Direction;
import io.strata.migrations.names.IdentifierLimits;
import io.strata.migrations.names.IdentifierViolation;
import io.strata.migrations.operations.MigrationContext;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.revision.IdentifierTooLongException;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.schema.Schema;

/**
 * Refuses revisions that name something longer than a database accepts. When revisions load the
 * database is not known yet, and revisions are dialect-neutral, so every supported database's limit
 * applies (the smallest, PostgreSQL's 63, decides); before a revision runs or is written as SQL for one
 * database, that database's limit applies to the operations recorded for it.
 */
public final class RevisionNameCheck {

    private RevisionNameCheck() {
    }

    /** Throws {@link IdentifierTooLongException} for the first revision whose upgrade or downgrade names something too long for a supported database. */
    public static void atLoad(Collection<MigrationRevision> revisions) {
        for (MigrationRevision revision : revisions) {
            List<Operation> operations = new ArrayList<>();
            operations.addAll(recorded(revision, Direction.UPGRADE));
            operations.addAll(recorded(revision, Direction.DOWNGRADE));
            require(revision, operations, Dialects.all());
        }
    }

    /** Throws {@link IdentifierTooLongException} when these operations of the revision name something too long for the dialect. */
    public static void beforeRunning(MigrationRevision revision, List<? extends Operation> operations, Dialect dialect) {
        require(revision, operations, List.of(dialect));
    }

    private static void require(MigrationRevision revision, List<? extends Operation> operations,
            Collection<? extends Dialect> dialects) {
        List<IdentifierViolation> found = IdentifierLimits.violations(operations, dialects);
        if (!found.isEmpty()) {
            throw new IdentifierTooLongException(revision.id(), revision.source(), found);
        }
    }

    /**
     * The operations of one direction as recorded without a database. Code that needs its database's
     * answers to record (and fails without them) is skipped here: it is checked against that
     * database's limit when it runs or is written as SQL.
     */
    private static List<Operation> recorded(MigrationRevision revision, Direction direction) {
        try {
            return revision.operations(direction, MigrationContext.of("none", Schema.empty()));
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
