package io.strata.migrations.runner.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.internal.Databases;
import io.strata.migrations.graph.Direction;
import io.strata.migrations.graph.MigrationPlan;
import io.strata.migrations.graph.MigrationStep;
import io.strata.migrations.graph.VersionChange;
import io.strata.migrations.operations.Backfill;
import io.strata.migrations.operations.Operation;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.revision.internal.RevisionNameCheck;
import io.strata.migrations.runner.AppliedRevision;
import io.strata.migrations.runner.BlockingSession;
import io.strata.migrations.runner.ChangeAlreadyPresentException;
import io.strata.migrations.runner.ConnectionSource;
import io.strata.migrations.runner.LockBudgetExhaustedException;
import io.strata.migrations.runner.ConcurrentMigrationException;
import io.strata.migrations.runner.DatabaseAheadException;
import io.strata.migrations.runner.DatabaseStatus;
import io.strata.migrations.runner.SchemaStatus;
import io.strata.migrations.runner.MigrationCommand;
import io.strata.migrations.runner.MigrationException;
import io.strata.migrations.runner.MigrationFailedException;
import io.strata.migrations.runner.MigrationResult;
import io.strata.migrations.runner.SyncResult;
import io.strata.migrations.dialect.SchemaPlan;
import io.strata.migrations.diff.Difference;
import io.strata.migrations.diff.SchemaComparison;
import io.strata.migrations.inspect.SchemaInspector;
import io.strata.migrations.schema.Schema;
import io.strata.migrations.schema.Table;

/**
 * One command on one connection: take the lock, make sure the version table exists, re-read it,
 * plan, then run each revision in its unit of work (re-checking the version table inside it), and
 * release the lock.
 */
public final class OnlineRun {

    private static final Logger LOG = LoggerFactory.getLogger("io.strata.migrations.runner");

    private final Connection connection;
    private final RevisionSet revisions;
    private final VersionTable versionTable;
    private final VerdictTable verdictTable;
    private final ProgressTable progressTable;
    private final BackfillTable backfillTable;
    private final RunProtocol protocol;
    private final RevisionExecutor executor;
    private final Dialect dialect;
    private final LockBudget lockBudget;
    private final LockWaits lockWaits;
    private final ConnectionSource connections;
    private final OutsideTransaction outside;
    private boolean versionTableCreated;
    private final List<BookkeepingTable> created = new ArrayList<>();
    private Object sessionId;
    /** How long the command waits for the migration lock (to take it back after a backfill on SQLite). */
    private Duration lockTimeout = Duration.ZERO;

    /** A run on this connection (in auto-commit mode), which the caller closes, without a lock budget. */
    public OnlineRun(Connection connection, Dialect dialect, RevisionSet revisions, String versionTableName) {
        this(connection, dialect, revisions, versionTableName, new LockBudget(Duration.ZERO, Duration.ZERO), null);
    }

    /**
     * A run on this connection (in auto-commit mode), which the caller closes; each revision's
     * statements wait for locks under {@code lockBudget}, and {@code connections} gives the second
     * connection that asks who blocks them ({@code null}: do not ask).
     */
    public OnlineRun(Connection connection, Dialect dialect, RevisionSet revisions, String versionTableName,
            LockBudget lockBudget, ConnectionSource connections) {
        this.lockBudget = lockBudget;
        this.lockWaits = lockBudget.bounded()
                ? Databases.byName(dialect.name()).map(d -> d.lockWaits()).orElse(LockWaits.NONE)
                : LockWaits.NONE;
        this.connections = connections;
        this.connection = connection;
        this.revisions = revisions;
        this.versionTable = new VersionTable(versionTableName, dialect);
        this.verdictTable = new VerdictTable(versionTableName, dialect);
        this.progressTable = new ProgressTable(versionTableName, dialect);
        this.backfillTable = new BackfillTable(versionTableName, dialect);
        this.protocol = Databases.byName(dialect.name()).map(d -> d.runProtocol(versionTableName))
                // a dialect Strata does not list: serialize in this process, as for H2
                .orElseGet(() -> new JvmLockProtocol(versionTableName, dialect.transactionalDdl()));
        this.executor = new RevisionExecutor(dialect, lockWaits);
        this.dialect = dialect;
        this.outside = Databases.byName(dialect.name()).map(d -> d.outsideTransaction()).orElse(OutsideTransaction.NONE);
    }

    /**
     * Upgrades or downgrades to the target under the lock; an upgrade stops before the first pending
     * contract revision unless {@code contracts}.
     */
    public MigrationResult migrate(MigrationCommand command, String target, Duration lockTimeout, boolean contracts)
            throws SQLException {
        this.lockTimeout = lockTimeout;
        protocol.lock(connection, lockTimeout);
        MigrationResult result;
        try {
            Set<String> current = prepare();
            Optional<SchemaStatus> ahead = aheadOfTheseRevisions(current);
            if (ahead.isPresent()) {
                if (command != MigrationCommand.UPGRADE || ahead.get().status() != DatabaseStatus.AHEAD_COMPATIBLE) {
                    throw new DatabaseAheadException(command == MigrationCommand.UPGRADE ? "upgrade" : "downgrade",
                            ahead.get());
                }
                LOG.info("Nothing to upgrade: {}", ahead.get().message());
                return new MigrationResult(command, target, new VersionChange(current, current), List.of(), Duration.ZERO);
            }
            result = migrateLocked(command, target, current, contracts);
        } catch (SQLException | RuntimeException e) {
            discardUnused(e);
            throw e;
        } finally {
            protocol.unlock(connection);
        }
        logCommittedAtUnlock(result);
        return result;
    }

    /** The status of a database holding revisions these revisions do not know (newer code's), if it does. */
    private Optional<SchemaStatus> aheadOfTheseRevisions(Set<String> current) throws SQLException {
        if (current.stream().allMatch(id -> revisions.graph().contains(id))) {
            return Optional.empty();
        }
        return Optional.of(SchemaStatus.of(revisions.graph(), current, verdictTable.read(connection)));
    }

    /** Where the revisions became durable only at unlock, says so once it happened. */
    private void logCommittedAtUnlock(MigrationResult result) {
        if (protocol.commitsAtUnlock() && !result.applied().isEmpty()) {
            LOG.info("Committed {} revision(s); the database is at {}", result.applied().size(),
                    describe(result.versions().after()));
        }
    }

    /**
     * Under the lock: a database without a version creates {@code schema}'s missing tables and is
     * stamped with the heads when the revisions build exactly {@code schema} (otherwise, or when
     * {@code schema} is {@code null}, it is upgraded from base); one behind
     * the heads is upgraded (up to, not including, its first pending contract revision unless
     * {@code contracts}: a database with no version has no replica to protect, so it is always built
     * whole); one at the heads is left alone; one ahead is judged by its verdicts.
     */
    public SyncResult sync(Schema schema, Duration lockTimeout, boolean contracts) throws SQLException {
        this.lockTimeout = lockTimeout;
        protocol.lock(connection, lockTimeout);
        MigrationResult upgraded;
        try {
            Set<String> current = prepare();
            Set<String> heads = Set.copyOf(revisions.graph().heads());
            if (current.isEmpty() && schema != null && buildsHeads(schema, heads)) {
                int created = createLocked(schema, current, heads).tables;
                // Without revisions, the version never changes: only new tables tell that work was done.
                boolean changed = !heads.isEmpty() || created > 0 || versionTableCreated;
                return changed ? SyncResult.CREATED : SyncResult.ALREADY_UP_TO_DATE;
            }
            if (current.equals(heads)) {
                LOG.info("Database is up to date at {}", describe(current));
                return SyncResult.ALREADY_UP_TO_DATE;
            }
            Optional<SchemaStatus> ahead = aheadOfTheseRevisions(current);
            if (ahead.isPresent()) {
                if (ahead.get().status() != DatabaseStatus.AHEAD_COMPATIBLE) {
                    throw new DatabaseAheadException(ahead.get());
                }
                LOG.info("Nothing to do: {}", ahead.get().message());
                return SyncResult.AHEAD_COMPATIBLE;
            }
            // Without models, or with models the revisions do not build, a database with no version is
            // built by the revisions from base: its version then names exactly the schema it holds.
            upgraded = migrateLocked(MigrationCommand.UPGRADE, "heads", current, contracts || current.isEmpty());
        } catch (SQLException | RuntimeException e) {
            discardUnused(e);
            throw e;
        } finally {
            protocol.unlock(connection);
        }
        logCommittedAtUnlock(upgraded);
        if (upgraded.contractWaiting().isPresent()) {
            return SyncResult.CONTRACT_PENDING;
        }
        if (upgraded.applied().isEmpty()) {
            return SyncResult.ALREADY_UP_TO_DATE;
        }
        return upgraded.versions().before().isEmpty() ? SyncResult.CREATED : SyncResult.UPGRADED;
    }

    /**
     * Whether creating {@code schema} and stamping {@code heads} records the truth: there are no revisions
     * (nothing is stamped), or the revisions replayed to their heads build exactly {@code schema}.
     */
    private boolean buildsHeads(Schema schema, Set<String> heads) {
        Schema atHeads = heads.isEmpty() ? null : revisions.schemaAtHeads();
        if (atHeads == null || atHeads.equals(schema) || SchemaComparison.between(atHeads, schema).isEmpty()) {
            return true;
        }
        LOG.info("The given schema differs from the one the revisions build at {}: the database is built by the"
                + " revisions from base instead of from it", describe(heads));
        return false;
    }

    /** Under the lock: creates {@code schema}'s missing tables and stamps the heads, whatever the version was. */
    public MigrationResult create(Schema schema, Duration lockTimeout) throws SQLException {
        long start = System.nanoTime();
        protocol.lock(connection, lockTimeout);
        try {
            Set<String> current = prepare();
            Set<String> heads = Set.copyOf(revisions.graph().heads());
            VersionChange change = createLocked(schema, current, heads).change;
            return new MigrationResult(MigrationCommand.CREATE, "heads", change, List.of(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException | RuntimeException e) {
            discardUnused(e);
            throw e;
        } finally {
            protocol.unlock(connection);
        }
    }

    private record Created(VersionChange change, int tables) {
    }

    private Created createLocked(Schema schema, Set<String> current, Set<String> heads) throws SQLException {
        VersionChange change = new VersionChange(current, heads);
        protocol.begin(connection);
        try {
            Schema existing = SchemaInspector.create().excluding(versionTable.name(), verdictTable.name(), progressTable.name(), backfillTable.name()).inspect(connection);
            Schema missing = Schema.of(schema.tables().stream().filter(t -> existing.table(t.name()).isEmpty()).toList());
            executor.run(connection, SchemaPlan.of(dialect).createAll(missing), existing);
            recordVersions(change, () -> recordStamp(change));
            protocol.commit(connection);
            LOG.info("Created {} table(s) and stamped {}", missing.tables().size(), describe(heads));
            return new Created(change, missing.tables().size());
        } catch (StepFailure failure) {
            protocol.rollback(connection);
            throw new MigrationException("Creating the schema failed at " + failure.operation + ": "
                    + failure.getCause().getMessage() + (failure.statement == null ? "" : " (statement: " + failure.statement + ")")
                    + (protocol.rollsBack() ? "; nothing was changed." : "; the tables created before it remain."),
                    failure.getCause());
        } catch (SQLException | RuntimeException e) {
            protocol.rollback(connection);
            throw e;
        }
    }

    private MigrationResult migrateLocked(MigrationCommand command, String target, Set<String> current, boolean contracts)
            throws SQLException {
        long start = System.nanoTime();
        Direction direction = command == MigrationCommand.UPGRADE ? Direction.UPGRADE : Direction.DOWNGRADE;
        MigrationPlan plan = direction == Direction.UPGRADE
                ? revisions.graph().planUpgrade(current, target)
                : revisions.graph().planDowngrade(current, target);
        Optional<MigrationRevision> waiting = Optional.empty();
        if (!contracts) {
            ContractGate.Gated gated = new ContractGate(revisions).cut(plan);
            plan = gated.plan();
            waiting = gated.waiting();
        }
        if (plan.isEmpty() && waiting.isEmpty()) {
            LOG.info("Database is already at {} ({}); nothing to {}", describe(current), target,
                    direction == Direction.UPGRADE ? "upgrade" : "downgrade");
        }
        // Replaying the revisions costs milliseconds with hundreds of them: only a plan with steps needs it.
        Schema schema = plan.steps().isEmpty() ? Schema.empty() : revisions.schemaAt(plan.versions().before());
        List<AppliedRevision> applied = new ArrayList<>();
        for (MigrationStep step : plan.steps()) {
            long stepStart = System.nanoTime();
            Ran ran = runStep(step, schema);
            schema = ran.after();
            Duration took = Duration.ofNanos(System.nanoTime() - stepStart);
            applied.add(new AppliedRevision(step.id(), step.direction(), step.revision().message(), took, ran.skipped()));
            if (protocol.commitsAtUnlock()) {
                LOG.info("Applied the {} of {} ({}) in {} ms; it commits with the whole command",
                        step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade", step.id(),
                        step.revision().message(), took.toMillis());
            } else {
                LOG.info("{} {} ({}) in {} ms", step.direction() == Direction.UPGRADE ? "Upgraded to" : "Downgraded",
                        step.id(), step.revision().message(), took.toMillis());
            }
        }
        waiting.ifPresent(w -> LOG.info(ContractGate.stoppedMessage(w)));
        return new MigrationResult(command, target, plan.versions(), applied, Duration.ofNanos(System.nanoTime() - start),
                waiting.map(MigrationRevision::id));
    }

    /** Sets the version table to the target without running revisions, under the lock. */
    public MigrationResult stamp(String target, Duration lockTimeout) throws SQLException {
        long start = System.nanoTime();
        protocol.lock(connection, lockTimeout);
        try {
            Set<String> current = prepare();
            VersionChange change = revisions.graph().planStamp(current, target);
            protocol.begin(connection);
            try {
                recordVersions(change, () -> recordStamp(change));
                protocol.commitVersionOnly(connection);
            } catch (SQLException | RuntimeException e) {
                protocol.rollback(connection);
                throw e;
            }
            LOG.info("Stamped {} (was {})", describe(change.after()), describe(change.before()));
            return new MigrationResult(MigrationCommand.STAMP, target, change, List.of(), Duration.ofNanos(System.nanoTime() - start));
        } catch (SQLException | RuntimeException e) {
            discardUnused(e);
            throw e;
        } finally {
            protocol.unlock(connection);
        }
    }

    /**
     * A command refused or failed after it created the version table (and the tables beside it): when
     * they recorded nothing and no revision left part of itself in the database, drops them, still under
     * the lock, so that a refused command leaves an empty database as it found it.
     */
    private void discardUnused(Exception failure) {
        if (created.isEmpty() || failure instanceof MigrationFailedException failed && !failed.partlyApplied().isEmpty()) {
            return;
        }
        try {
            if (!versionTable.read(connection, false).isEmpty() || progressTable.anyDone(connection)) {
                return;
            }
            for (int i = created.size() - 1; i >= 0; i--) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE " + dialect.quote(created.get(i).name()));
                }
            }
            LOG.debug("Dropped {}, created by a command that then failed having recorded nothing",
                    created.stream().map(BookkeepingTable::name).toList());
            created.clear();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Creates the version table if needed and reads it, inside the lock. */
    private Set<String> prepare() throws SQLException {
        protocol.begin(connection);
        try {
            versionTableCreated = versionTable.createIfMissing(connection);
            if (versionTableCreated) {
                created.add(versionTable);
                LOG.info("Created version table {}", versionTable.name());
            }
            if (verdictTable.createIfMissing(connection)) {
                created.add(verdictTable);
                LOG.info("Created table {}, which records each applied revision's compatibility", verdictTable.name());
            }
            if (!protocol.rollsBack() && progressTable.createIfMissing(connection)) {
                created.add(progressTable);
                LOG.info("Created table {}, which records how far a revision got, so that a run cut off in it resumes"
                        + " after the operations that committed", progressTable.name());
            }
            Set<String> current = versionTable.read(connection, protocol.lockVersionRows());
            protocol.commitVersionOnly(connection);
            return current;
        } catch (SQLException | RuntimeException e) {
            protocol.rollback(connection);
            throw e;
        }
    }

    /**
     * Runs a revision under the lock budget: each attempt's statements wait for locks at most the
     * per-attempt timeout; an attempt that gave up waiting is rolled back and the revision retried
     * after a jittered pause, until the budget is spent. Any other error ends the run at once.
     */
    private Ran runStep(MigrationStep step, Schema before) throws SQLException {
        MigrationRevision revision = revisions.revision(step.id());
        LOG.info("Running {} {} -> {}: {}", step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade",
                describe(step.versions().before()), describe(step.versions().after()), step.revision().message());
        long first = System.nanoTime();
        if (sessionId == null && lockBudget.bounded()) {
            sessionId = lockWaits.sessionId(connection);
        }
        List<BlockingSession> seen = List.of();
        for (int attempt = 1; ; attempt++) {
            Duration pause;
            try (BlockerProbe probe = BlockerProbe.start(lockWaits, connections, sessionId, lockBudget.attemptTimeout())) {
                try {
                    return attempt(step, revision, before);
                } catch (StepFailure failure) {
                    List<BlockingSession> blockers = probe.result();
                    if (!(failure.getCause() instanceof SQLException sql) || !lockWaits.isLockTimeout(sql)) {
                        throw failed(step, failure);
                    }
                    Duration elapsed = Duration.ofNanos(System.nanoTime() - first);
                    pause = lockBudget.pauseAfter(attempt);
                    boolean undone = failure.committed == 0 && (protocol.rollsBack() || failure.statementsDone == 0);
                    seen = blockers.isEmpty() ? seen : blockers;
                    if (!undone || elapsed.plus(pause).compareTo(lockBudget.total()) > 0) {
                        throw exhausted(step, failure, attempt, elapsed, seen, undone);
                    }
                    LOG.warn("Revision {}: {} waited {} ms for a lock{}; attempt {} rolled back, retrying in {} ms"
                            + " (lock budget {} s, {} ms spent)", step.id(), failure.operation,
                            lockWaits.effective(lockBudget.attemptTimeout()).toMillis(),
                            blockers.isEmpty() ? "" : " held by " + blockers.stream().map(BlockingSession::describe).toList(),
                            attempt, pause.toMillis(), lockBudget.total().toSeconds(), elapsed.toMillis());
                }
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MigrationException("Interrupted while waiting to retry revision " + step.id(), e);
            }
        }
    }

    /** A revision's run: the schema after it, and the operations an earlier, cut-off run had done (skipped). */
    private record Ran(Schema after, List<String> skipped) {
    }

    private Ran attempt(MigrationStep step, MigrationRevision revision, Schema before) throws SQLException, StepFailure {
        protocol.begin(connection);
        RevisionProgress progress = null;
        try {
            if (lockBudget.bounded()) {
                lockWaits.bound(connection, lockBudget.attemptTimeout());
            }
            Set<String> found = versionTable.read(connection, protocol.lockVersionRows());
            if (!found.equals(step.versions().before())) {
                throw new ConcurrentMigrationException(versionTable.name(), step.versions().before(), found);
            }
            List<Operation> operations = revision.operations(step.direction(), new LiveContext(connection, dialect));
            RevisionNameCheck.beforeRunning(revision, operations, dialect);
            io.strata.migrations.revision.internal.PlaceholderCheck.beforeRunning(revision, operations);
            RevisionProgress started = RevisionProgress.start(progressTable, connection, step, operations,
                    !protocol.rollsBack());
            progress = started;
            if (started.skipped() > 0) {
                LOG.info("Resuming the {} of revision {}: an earlier run was cut off after operations 1 to {} of {}"
                        + " committed; skipping them ({})", step.direction() == Direction.UPGRADE ? "upgrade" : "downgrade",
                        step.id(), started.skipped(), operations.size(), String.join(", ", started.skippedLabels()));
            }
            Schema after = executor.run(connection, operations, before, lane(started, step), started.skipped(), started);
            List<String> verdicts = step.direction() == Direction.UPGRADE
                    ? verdictTable.recordStatements(step.id(), revision.verdict(operations, before))
                    : verdictTable.forgetStatements(step.id());
            boolean backfills = operations.stream().anyMatch(Backfill.class::isInstance);
            recordVersions(step.versions(), () -> {
                VerdictTable.run(connection, verdicts);
                started.forget();
                if (backfills) {
                    backfillTable.forget(connection, step.id(), step.direction());
                }
            });
            protocol.commit(connection);
            return new Ran(after, started.skippedLabels());
        } catch (StepFailure failure) {
            protocol.rollback(connection);
            if (!doneByTheRunCutOff(progress, failure)) {
                throw failure;
            }
        } catch (SQLException | RuntimeException e) {
            protocol.rollback(connection);
            throw e;
        } finally {
            lockWaits.restore(connection);
            outside.restore(connection);
        }
        return attempt(step, revision, before);
    }

    /**
     * Whether the failure is that of the first operation a resumed run tried, rejected because the
     * live database already has its change: the run that was cut off made it after recording its
     * progress. Then records it as done, so that the next attempt goes on after it.
     */
    private boolean doneByTheRunCutOff(RevisionProgress progress, StepFailure failure) throws SQLException {
        if (progress == null || !progress.resumed() || failure.operationNumber != progress.skipped() + 1
                || !failure.ranOfOperation.isEmpty() || failure.before == null) {
            return false;
        }
        if (ChangeInDatabase.alreadyPresent(connection, dialect.name(), failure.before, failure.after,
                versionTable.name(), verdictTable.name(), progressTable.name(), backfillTable.name()).isEmpty()) {
            return false;
        }
        progress.doneByTheRunCutOff(progress.skipped() + failure.operationsInStep);
        LOG.info("Operation {} ({}) of the resumed revision is already in the database: the run that was cut off"
                + " made it but was stopped before recording it; going on after it", failure.operationNumber,
                failure.operation);
        return true;
    }

    /**
     * The non-transactional lane: before an operation the database runs outside a transaction
     * ({@code CREATE INDEX CONCURRENTLY}), the revision's transaction so far commits, so this
     * connection holds no transaction the build would wait for (the migration lock is a session lock
     * and stays held); the operation runs in auto-commit under the session-level lock bound, then the
     * next transaction begins. The version is recorded with the last transaction, once all ran.
     */
    private RevisionExecutor.Lane lane(RevisionProgress progress, MigrationStep step) {
        return new RevisionExecutor.Lane() {
            @Override
            public boolean outside(io.strata.migrations.operations.Operation op) {
                return op instanceof Backfill || outside.appliesTo(op);
            }

            @Override
            public void enter(io.strata.migrations.operations.Operation op) throws SQLException {
                progress.transactionCommitsEarly();
                protocol.commit(connection);
                if (op instanceof Backfill) {
                    protocol.releaseForBatches(connection);
                }
                outside.prepare(connection, op);
                if (lockBudget.bounded()) {
                    outside.bound(connection, lockBudget.attemptTimeout());
                }
            }

            @Override
            public void backfill(Backfill op, Schema schema, int operation) throws SQLException {
                Table table = schema.table(op.table()).orElseThrow(() -> new MigrationException(
                        "Cannot backfill table " + op.table() + ": the revisions before it do not create it"));
                BackfillRun.Session session = new BackfillRun.Session(connection, dialect, protocol, lockWaits, lockBudget);
                BackfillTable.Key key = new BackfillTable.Key(step.id(), step.direction(), operation);
                try {
                    new BackfillRun(session, backfillTable, key, op, table, LOG::info, d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000),
                            System::nanoTime).run();
                } catch (SQLException | RuntimeException e) {
                    if (protocol.releasesLockForBatches()) {
                        retakeAfterFailure(e);
                    }
                    throw e;
                }
            }

            @Override
            public void leave(io.strata.migrations.operations.Operation op) throws SQLException {
                progress.transactionResumes();
                outside.restore(connection);
                if (op instanceof Backfill && protocol.releasesLockForBatches()) {
                    protocol.retakeAfterBatches(connection, lockTimeout);
                    Set<String> found = versionTable.read(connection, false);
                    if (!found.equals(step.versions().before())) {
                        throw new ConcurrentMigrationException(versionTable.name(), step.versions().before(), found);
                    }
                }
                protocol.begin(connection);
                if (lockBudget.bounded()) {
                    lockWaits.bound(connection, lockBudget.attemptTimeout());
                }
            }
        };
    }

    /** Takes back the lock let go for a backfill's batches, so the command ends as it began; never throws. */
    private void retakeAfterFailure(Exception failure) {
        try {
            protocol.retakeAfterBatches(connection, lockTimeout);
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private LockBudgetExhaustedException exhausted(MigrationStep step, StepFailure failure, int attempts,
            Duration elapsed, List<BlockingSession> blockers, boolean undone) {
        Set<String> recorded;
        try {
            recorded = versionTable.read(connection, false);
        } catch (SQLException e) {
            recorded = step.versions().before();
        }
        LockBudgetExhaustedException error = new LockBudgetExhaustedException(step.id(), step.direction(),
                failure.operationNumber, failure.operation, failure.table, failure.statement, attempts, elapsed,
                lockWaits.effective(lockBudget.attemptTimeout()), blockers, undone, recorded, failure.getCause());
        // Thrown, not logged: the caller (the db command, the application's start-up) reports it once.
        LOG.debug("{}", error.getMessage());
        return error;
    }

    /** Bookkeeping written with a version change. */
    private interface Bookkeeping {
        void write() throws SQLException;
    }

    /**
     * Applies a version change and writes the verdicts that go with it as one transaction, so that a
     * replica reading the status never sees a revision without its verdict (which would read as
     * breaking). Where the revision already runs in a transaction (PostgreSQL, SQLite) they join it;
     * where DDL commits as it runs (MariaDB, H2) the two writes get a transaction of their own.
     */
    private void recordVersions(VersionChange change, Bookkeeping verdicts) throws SQLException {
        boolean own = !protocol.rollsBack();
        if (own) {
            connection.setAutoCommit(false);
        }
        try {
            verdicts.write();
            versionTable.apply(connection, change);
            if (own) {
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (own) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        } finally {
            if (own) {
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * Records the verdicts of the revisions a stamp brings in and forgets those it takes out; forgets
     * how far any cut-off revision got, since a stamp says what the database holds.
     */
    private void recordStamp(VersionChange change) throws SQLException {
        progressTable.forgetAll(connection);
        backfillTable.forgetAll(connection);
        for (String id : StampVerdicts.removed(revisions.graph(), change)) {
            VerdictTable.run(connection, verdictTable.forgetStatements(id));
        }
        for (var entry : StampVerdicts.added(revisions, change).entrySet()) {
            VerdictTable.run(connection, verdictTable.recordStatements(entry.getKey(), entry.getValue()));
        }
    }

    private MigrationFailedException failed(MigrationStep step, StepFailure failure) {
        Set<String> recorded;
        try {
            recorded = versionTable.read(connection, false);
        } catch (SQLException e) {
            recorded = step.versions().before();
        }
        boolean rolledBack = protocol.rollsBack() && failure.committed == 0;
        List<String> partlyApplied = rolledBack || protocol.rollsBack() ? List.of() : failure.ranOfOperation;
        // What the failed operation's own first statements made is no sign of a change made outside the revisions.
        List<Difference> present = !partlyApplied.isEmpty() ? List.of()
                : ChangeInDatabase.alreadyPresent(connection, dialect.name(), failure.before, failure.after,
                        versionTable.name(), verdictTable.name(), progressTable.name(), backfillTable.name());
        MigrationFailedException error = present.isEmpty()
                ? new MigrationFailedException(step.id(), step.direction(), failure.operationNumber,
                        failure.operationCount, failure.operation, failure.statement, rolledBack, recorded,
                        partlyApplied, failure.getCause())
                : new ChangeAlreadyPresentException(step.id(), step.direction(), failure.operationNumber,
                        failure.operationCount, failure.operation, failure.statement, rolledBack, recorded,
                        partlyApplied, describe(step.versions().after()), present, failure.getCause());
        // Thrown, not logged: the caller (the db command, the application's start-up) reports it once.
        LOG.debug("{}", error.getMessage());
        return error;
    }

    private static String describe(Set<String> versions) {
        return versions.isEmpty() ? "base" : String.join(", ", versions);
    }

    /** Wraps a driver error met outside a revision (connecting, the version table, the lock). */
    public static MigrationException databaseError(String doing, SQLException e) {
        return new MigrationException(doing + " failed: " + e.getMessage(), e);
    }
}
