package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.strata.migrations.graph.MigrationStep;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.runner.MigrationException;

/**
 * How far one attempt at a revision got, kept in the {@link ProgressTable} where its operations
 * commit as they run: after each operation on a database whose DDL commits (MariaDB, H2), and, where
 * a rollback undoes the revision, only at the points where part of it commits early (before and
 * after an operation run outside the transaction). Knows where an earlier, cut-off run stopped.
 */
final class RevisionProgress implements RevisionExecutor.Checkpoint {

    private final ProgressTable table;
    private final Connection connection;
    private final MigrationStep step;
    private final List<Operation> operations;
    private final boolean eachOperationCommits;
    private final int skipped;
    private final boolean resumedRow;
    private boolean rowPresent;
    private boolean committing;
    private int done;

    private RevisionProgress(ProgressTable table, Connection connection, MigrationStep step, List<Operation> operations,
            boolean eachOperationCommits, int skipped, boolean rowPresent) {
        this.table = table;
        this.connection = connection;
        this.step = step;
        this.operations = operations;
        this.eachOperationCommits = eachOperationCommits;
        this.skipped = skipped;
        this.rowPresent = rowPresent;
        this.resumedRow = rowPresent;
        this.done = skipped;
    }

    /**
     * The progress of an attempt at {@code step}, starting where an earlier run recorded it stopped;
     * refuses to resume when the operations it would skip are not those that ran (the revision was
     * edited). Where each operation commits, records at once that the revision started, so that a run
     * cut off before it recorded its first operation is known to have been cut off.
     */
    static RevisionProgress start(ProgressTable table, Connection connection, MigrationStep step,
            List<Operation> operations, boolean eachOperationCommits) throws SQLException {
        Optional<ProgressTable.Recorded> recorded = table.exists(connection)
                ? table.read(connection, step.id(), step.direction())
                : Optional.empty();
        int skip = recorded.map(ProgressTable.Recorded::operationsDone).orElse(0);
        if (skip > operations.size() || skip > 0
                && !OperationsFingerprint.of(operations, skip).equals(recorded.get().fingerprint())) {
            throw new MigrationException("An earlier run of the " + verb(step) + " of revision " + step.id()
                    + " was cut off after its first " + skip + " operation(s) committed, but the revision's first "
                    + skip + " operations are no longer those (it was edited since): Strata cannot tell which of them"
                    + " the database holds. Restore the revision as it was and run " + verb(step) + " again, or bring"
                    + " the database to the revision's start or end by hand (compare with db drift) and record that"
                    + " with db stamp (which forgets the progress recorded in " + table.name() + ").");
        }
        RevisionProgress progress = new RevisionProgress(table, connection, step, operations, eachOperationCommits, skip,
                recorded.isPresent());
        if (recorded.isEmpty() && eachOperationCommits) {
            progress.record();
        }
        return progress;
    }

    /** Whether an earlier run of this revision was cut off (its record was found). */
    boolean resumed() {
        return resumedRow;
    }

    /**
     * Records that the operations up to {@code operationsDone} are done although this run's attempt at
     * the next one failed: the live database already holds its change, made by the run that was cut off
     * after it but before it could record it.
     */
    void doneByTheRunCutOff(int operationsDone) throws SQLException {
        done = operationsDone;
        record();
    }

    /** How many operations an earlier run did, which this one skips. */
    int skipped() {
        return skipped;
    }

    /** The labels of the operations skipped, e.g. {@code createTable store}. */
    List<String> skippedLabels() {
        return operations.subList(0, skipped).stream().map(OperationLabel::of).toList();
    }

    @Override
    public void reached(int operationsDone) throws SQLException {
        done = operationsDone;
        if (eachOperationCommits || committing) {
            record();
        }
    }

    /**
     * Before the revision's transaction so far commits early (an operation runs outside it next):
     * records what is done in that transaction, and each operation until {@link #transactionResumes}.
     */
    void transactionCommitsEarly() throws SQLException {
        if (done > skipped || rowPresent) {
            record();
        }
        committing = true;
    }

    /** After the operation outside the transaction: the revision's operations are transactional again. */
    void transactionResumes() {
        committing = false;
    }

    /** Removes the record, in the transaction that records the revision's version. */
    void forget() throws SQLException {
        if (rowPresent) {
            table.forget(connection, step.id(), step.direction());
        }
    }

    private void record() throws SQLException {
        if (!rowPresent) {
            table.createIfMissing(connection);
        }
        table.write(connection, step.id(), step.direction(),
                new ProgressTable.Recorded(done, OperationsFingerprint.of(operations, done)), rowPresent);
        rowPresent = true;
    }

    private static String verb(MigrationStep step) {
        return step.direction() == io.strata.migrations.graph.Direction.UPGRADE ? "upgrade" : "downgrade";
    }
}
