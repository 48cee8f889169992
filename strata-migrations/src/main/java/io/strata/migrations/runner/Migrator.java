package io.strata.migrations.runner;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;
import io.strata.migrations.graph.InvalidTargetException;
import io.strata.migrations.graph.MigrationPlan;
import io.strata.migrations.graph.RevisionNode;
import io.strata.migrations.runner.internal.ContractGate;
import io.strata.migrations.runner.internal.LockBudget;
import io.strata.migrations.runner.internal.OfflineScripter;
import io.strata.migrations.runner.internal.OnlineRun;
import io.strata.migrations.runner.internal.BackfillTable;
import io.strata.migrations.runner.internal.ProgressTable;
import io.strata.migrations.runner.internal.VerdictTable;
import io.strata.migrations.runner.internal.VersionTable;
import io.strata.migrations.revision.MigrationRevision;
import io.strata.migrations.revision.RevisionSet;
import io.strata.migrations.schema.Schema;

/**
 * Applies revisions to a database and records them in its version table, under a database lock so
 * that concurrent processes serialize; or writes their SQL without a connection (offline mode).
 * Immutable and thread-safe; each command uses one connection of its own.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.builder()
 *         .dataSource(dataSource)
 *         .revisions(RevisionSet.scan("com.example.migrations"))
 *         .build();
 * MigrationResult result = migrator.upgrade("head");
 * migrator.downgrade("-1");
 * String sql = Migrator.offline(Dialects.byName("postgresql"), revisions).upgradeSql("base", "head").text();
 * }</pre>
 */
public final class Migrator {

    /** The default version table, as Alembic's {@code alembic_version}. */
    public static final String DEFAULT_VERSION_TABLE = "strata_version";
    /** How long a command waits for another process's lock by default. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);
    /** How long each statement of a revision waits for a table's lock by default, per attempt. */
    public static final Duration DEFAULT_DDL_LOCK_TIMEOUT = Duration.ofSeconds(3);
    /** How long a revision whose statements keep timing out on locks is retried by default. */
    public static final Duration DEFAULT_DDL_LOCK_BUDGET = Duration.ofSeconds(60);

    private final ConnectionSource connections;
    private final Dialect configuredDialect;
    private final RevisionSet revisions;
    private final String versionTable;
    private final Duration lockTimeout;
    private final LockBudget lockBudget;
    private final ContractMode contracts;
    private final boolean hasContracts;
    private volatile Dialect detectedDialect;

    private Migrator(Builder builder) {
        this.connections = builder.connections;
        this.configuredDialect = builder.dialect;
        this.revisions = Objects.requireNonNull(builder.revisions,
                "revisions: call Builder.revisions(RevisionSet.scan(\"your.migrations.package\"))");
        this.versionTable = builder.versionTable;
        this.lockTimeout = builder.lockTimeout;
        this.lockBudget = new LockBudget(builder.ddlLockTimeout, builder.ddlLockBudget);
        this.contracts = builder.contracts;
        this.hasContracts = revisions.revisions().stream().anyMatch(MigrationRevision::isContract);
    }

    /**
     * The table beside a version table that records each applied revision's compatibility verdict:
     * {@code strata_version_info} for {@code strata_version}.
     */
    public static String verdictTableName(String versionTable) {
        return VerdictTable.nameFor(versionTable);
    }

    /**
     * The table beside a version table that records how far a revision got where its operations
     * commit as they run (MariaDB, H2), so that a run cut off mid-revision resumes after the
     * operations that committed: {@code strata_version_progress} for {@code strata_version}.
     */
    public static String progressTableName(String versionTable) {
        return ProgressTable.nameFor(versionTable);
    }

    /**
     * The table beside a version table that records how far each backfill got (the last primary key
     * done, with the batch that did it), so that a killed run resumes after it:
     * {@code strata_version_backfill} for {@code strata_version}.
     */
    public static String backfillTableName(String versionTable) {
        return BackfillTable.nameFor(versionTable);
    }

    /**
     * Every table the runner keeps for itself beside the models' tables (the version table, the
     * verdicts, the progress of revisions and backfills cut off mid-way): what schema comparisons leave out.
     */
    public static List<String> bookkeepingTableNames(String versionTable) {
        return List.of(versionTable, verdictTableName(versionTable), progressTableName(versionTable),
                backfillTableName(versionTable));
    }

    /** A builder; {@link Builder#revisions} is required, and a connection source for online commands. */
    public static Builder builder() {
        return new Builder();
    }

    /** A migrator with no database, for {@link #upgradeSql}, {@link #downgradeSql} and {@link #schemaAt}. */
    public static Migrator offline(Dialect dialect, RevisionSet revisions) {
        return builder().dialect(dialect).revisions(revisions).build();
    }

    /**
     * Upgrades to the target ({@code head}, {@code heads}, an id, {@code +2}, {@code label@head}) under the lock.
     * A database holding newer code's revisions is left alone when they are all compatible and refused
     * with {@link DatabaseAheadException} otherwise. With {@link ContractMode#MANUAL} (the default) it
     * stops before the first pending contract revision and says so in
     * {@link MigrationResult#contractWaiting()}; {@link #upgradeWithContracts} goes past it.
     */
    public MigrationResult upgrade(String target) {
        return upgrade(target, contracts == ContractMode.AUTO);
    }

    /**
     * Upgrades to the target running contract revisions too ({@code db upgrade --contract}): once no
     * replica runs code that uses what they remove.
     */
    public MigrationResult upgradeWithContracts(String target) {
        return upgrade(target, true);
    }

    private MigrationResult upgrade(String target, boolean withContracts) {
        return online("upgrade to " + target, run -> run.migrate(MigrationCommand.UPGRADE, target, lockTimeout, withContracts));
    }

    /** Whether sync and upgrade stop before contract revisions ({@link Builder#contracts}). */
    public ContractMode contracts() {
        return contracts;
    }

    /**
     * Downgrades to the target ({@code -1}, an id, {@code base}) under the lock; refused with
     * {@link DatabaseAheadException} when the database holds revisions these do not know.
     */
    public MigrationResult downgrade(String target) {
        return online("downgrade to " + target, run -> run.migrate(MigrationCommand.DOWNGRADE, target, lockTimeout, true));
    }

    /**
     * Brings the database to the heads under the lock, as replicas do at start-up: a database with no
     * version gets {@code schema}'s missing tables and the heads stamped ({@link SyncResult#CREATED}) when
     * the revisions replayed to their heads build exactly {@code schema} (or there are no revisions);
     * otherwise (models with changes no revision captures), or with a {@code null} schema (no models),
     * it is upgraded from base by the revisions, so the version it records always names the schema it
     * holds. One behind is upgraded ({@link SyncResult#UPGRADED}), one at the heads is left alone. One ahead of
     * these revisions by revisions recorded as compatible is left alone too ({@link SyncResult#AHEAD_COMPATIBLE});
     * one ahead by breaking revisions (or revisions with no recorded verdict) throws
     * {@link DatabaseAheadException} naming them. Processes calling it at once serialize on the lock; the
     * later ones find the work done. With {@link ContractMode#MANUAL} (the default), a database with a
     * version is upgraded up to, not including, the first pending contract revision
     * ({@link SyncResult#CONTRACT_PENDING}, logged with the command that runs it).
     */
    public SyncResult sync(Schema schema) {
        return online("sync", run -> run.sync(schema, lockTimeout, contracts == ContractMode.AUTO));
    }

    /**
     * Creates {@code schema}'s missing tables and stamps the heads, under the lock, whatever version
     * the database had (Alembic's {@code create_all} + {@code stamp head}).
     */
    public MigrationResult create(Schema schema) {
        return online("create", run -> run.create(schema, lockTimeout));
    }

    /** Sets the version table to the target without running any revision, under the lock. */
    public MigrationResult stamp(String target) {
        return online("stamp " + target, run -> run.stamp(target, lockTimeout));
    }

    /**
     * Where the database stands against these revisions, taking no lock: one query of the version table,
     * and one of the verdict table when the database has revisions this code does not know. A missing
     * version table is {@link DatabaseStatus#NO_INFO}; an unreachable database throws.
     *
     * @param queryTimeout how long each query may run (zero for no bound)
     */
    public SchemaStatus status(Duration queryTimeout) {
        try (Connection connection = open()) {
            Dialect dialect = dialect(connection);
            int seconds = (int) Math.min(Integer.MAX_VALUE, Math.max(queryTimeout.isZero() ? 0 : 1, queryTimeout.toSeconds()));
            VersionTable table = new VersionTable(versionTable, dialect);
            try {
                Set<String> current = table.read(connection, seconds);
                if (current.stream().allMatch(revisions.graph()::contains)) {
                    return contractAware(SchemaStatus.of(revisions.graph(), current, Map.of()));
                }
                // Revisions this code does not know: their verdicts decide, read with the versions at one moment.
                VerdictTable verdicts = new VerdictTable(versionTable, dialect);
                if (!verdicts.exists(connection)) {
                    return SchemaStatus.of(revisions.graph(), current, Map.of());
                }
                VerdictTable.Snapshot snapshot = verdicts.readWithVersions(connection, seconds);
                return SchemaStatus.of(revisions.graph(), snapshot.current(), snapshot.verdicts());
            } catch (SQLException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                if (!table.exists(connection)) {
                    return SchemaStatus.noInfo(Set.copyOf(heads()));
                }
                throw e;
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
        } catch (SQLException e) {
            throw OnlineRun.databaseError("Reading the status from the version table " + versionTable, e);
        }
    }

    /**
     * A database behind only by a contract revision (and what follows it) is {@link DatabaseStatus#CONTRACT_PENDING}
     * with {@link ContractMode#MANUAL}: sync would do nothing, and this code serves.
     */
    private SchemaStatus contractAware(SchemaStatus status) {
        if (!hasContracts || contracts == ContractMode.AUTO || status.status() != DatabaseStatus.UPGRADE_AVAILABLE
                || status.current().isEmpty()) {
            return status;
        }
        ContractGate.Gated gated = new ContractGate(revisions).cut(revisions.graph().planUpgrade(status.current(), "heads"));
        return gated.plan().isEmpty() && gated.waiting().isPresent()
                ? new SchemaStatus(DatabaseStatus.CONTRACT_PENDING, status.current(), status.latest(), List.of())
                : status;
    }

    /** The ids in the version table (empty when it does not exist yet); takes no lock. */
    public Set<String> current() {
        try (Connection connection = open()) {
            return new VersionTable(versionTable, dialect(connection)).read(connection);
        } catch (SQLException e) {
            throw OnlineRun.databaseError("Reading the version table " + versionTable, e);
        }
    }

    /** The revisions nothing follows, sorted by id; needs no database. */
    public List<String> heads() {
        return revisions.graph().heads();
    }

    /** Every revision, newest first; needs no database. */
    public List<RevisionNode> history() {
        return revisions.graph().history();
    }

    /** The revisions in a range such as {@code base:head}, {@code -3:} or {@code current:head} (which reads the database). */
    public List<RevisionNode> history(String range) {
        Collection<String> current = range.contains("current") ? current() : Set.of();
        return revisions.graph().history(range, current);
    }

    /** The revisions this migrator runs. */
    public RevisionSet revisions() {
        return revisions;
    }

    /** The schema the revisions up to and including this one create, by replay; needs no database. */
    public Schema schemaAt(String revisionId) {
        return revisions.schemaAt(revisionId);
    }

    /**
     * The SQL that upgrades a database at {@code from} ({@code base} or a target) to {@code target};
     * needs no database. A range that goes down (from above the target) is refused with
     * {@link InvalidTargetException}. As {@link #upgrade}, it stops before the first contract revision
     * after {@code from} with {@link ContractMode#MANUAL} (a comment at its end says so), unless
     * {@code from} is base.
     */
    public SqlScript upgradeSql(String from, String target) {
        return upgradeSql(from, target, contracts == ContractMode.AUTO);
    }

    /** {@link #upgradeSql(String, String)}, including contract revisions when {@code withContracts} ({@code --sql --contract}). */
    public SqlScript upgradeSql(String from, String target, boolean withContracts) {
        Set<String> start = start(from);
        MigrationPlan plan = revisions.graph().planUpgrade(start, target);
        if (plan.isEmpty() && from != null && goesDown(start, target)) {
            throw backwards(from, target);
        }
        if (withContracts || start.isEmpty()) {
            return scripter().script(plan, start);
        }
        ContractGate.Gated gated = new ContractGate(revisions).cut(plan);
        SqlScript script = scripter().script(gated.plan(), start);
        if (gated.waiting().isEmpty()) {
            return script;
        }
        List<SqlScript.Block> blocks = new java.util.ArrayList<>(script.blocks());
        blocks.add(new SqlScript.Block(ContractGate.stoppedMessage(gated.waiting().get()), List.of(), false));
        return new SqlScript(script.dialect(), blocks);
    }

    /**
     * The SQL that upgrades a database whose version table holds {@code versions} (empty: base; several when
     * branches are applied, as {@link #current()} reads them) to {@code target}; needs no database.
     */
    public SqlScript upgradeSqlFrom(Collection<String> versions, String target) {
        Set<String> start = Set.copyOf(versions);
        return scripter().script(revisions.graph().planUpgrade(start, target), start);
    }

    /**
     * The SQL that downgrades a database at {@code from} (e.g. {@code head}) to {@code target}; needs no
     * database. A range that goes up (from below the target) is refused by the planner with
     * {@link InvalidTargetException}.
     */
    public SqlScript downgradeSql(String from, String target) {
        Set<String> start = start(from);
        MigrationPlan plan = revisions.graph().planDowngrade(start, target);
        return scripter().script(plan, start);
    }

    private boolean goesDown(Set<String> start, String target) {
        try {
            return !revisions.graph().planDowngrade(start, target).isEmpty();
        } catch (InvalidTargetException e) {
            return false;
        }
    }

    private static InvalidTargetException backwards(String from, String target) {
        String range = from + ":" + target;
        return new InvalidTargetException(range, "this range goes down; for its SQL run `db downgrade " + range
                + " --sql`, or give the range the other way round.");
    }

    private Set<String> start(String from) {
        return from == null ? Set.of() : Set.copyOf(revisions.graph().resolve(from));
    }

    private OfflineScripter scripter() {
        if (configuredDialect == null) {
            throw new IllegalStateException("SQL output needs a dialect: call Builder.dialect(Dialects.byName(\"postgresql\"))"
                    + " (or sqlite, h2, mariadb)");
        }
        return new OfflineScripter(configuredDialect, revisions, versionTable);
    }

    private interface Command<R> {
        R run(OnlineRun run) throws SQLException;
    }

    private <R> R online(String what, Command<R> command) {
        try (Connection connection = open()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                return command.run(new OnlineRun(connection, dialect(connection), revisions, versionTable,
                        lockBudget, connections));
            } finally {
                if (!connection.isClosed()) {
                    connection.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw OnlineRun.databaseError("The " + what, e);
        }
    }

    private Connection open() throws SQLException {
        if (connections == null) {
            throw new IllegalStateException("this Migrator has no database: build it with Builder.dataSource(...)"
                    + " or Builder.connections(...) for upgrade, downgrade, stamp and current");
        }
        return connections.open();
    }

    private Dialect dialect(Connection connection) throws SQLException {
        if (configuredDialect != null) {
            return configuredDialect;
        }
        Dialect dialect = detectedDialect;
        if (dialect == null) {
            dialect = Dialects.forJdbcUrl(connection.getMetaData().getURL());
            detectedDialect = dialect;
        }
        return dialect;
    }

    /** Configures a {@link Migrator}; validates in {@link #build()}. */
    public static final class Builder {

        private ConnectionSource connections;
        private Dialect dialect;
        private RevisionSet revisions;
        private String versionTable = DEFAULT_VERSION_TABLE;
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
        private Duration ddlLockTimeout = DEFAULT_DDL_LOCK_TIMEOUT;
        private Duration ddlLockBudget = DEFAULT_DDL_LOCK_BUDGET;
        private ContractMode contracts = ContractMode.MANUAL;

        private Builder() {
        }

        /**
         * Whether sync and upgrade run contract revisions: {@link ContractMode#MANUAL} by default (they stop
         * before the first pending one), {@link ContractMode#AUTO} to run them with the others.
         */
        public Builder contracts(ContractMode mode) {
            this.contracts = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** Takes connections from a data source (a pool, or a driver's data source). */
        public Builder dataSource(DataSource dataSource) {
            return connections(ConnectionSource.of(Objects.requireNonNull(dataSource, "dataSource")));
        }

        /** Takes connections from this source, e.g. {@code () -> DriverManager.getConnection(url, user, password)}. */
        public Builder connections(ConnectionSource source) {
            this.connections = Objects.requireNonNull(source, "source");
            return this;
        }

        /** Opens connections with {@link DriverManager}; the password is kept only for connecting. */
        public Builder jdbcUrl(String url, String user, String password) {
            Objects.requireNonNull(url, "url");
            return connections(() -> DriverManager.getConnection(url, user, password));
        }

        /** The dialect; detected from the connection's URL when not given (offline mode needs it). */
        public Builder dialect(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /** The revisions to run. */
        public Builder revisions(RevisionSet revisions) {
            this.revisions = Objects.requireNonNull(revisions, "revisions");
            return this;
        }

        /** The version table's name; {@value Migrator#DEFAULT_VERSION_TABLE} by default. */
        public Builder versionTable(String name) {
            if (name == null || !name.matches("[A-Za-z_][A-Za-z0-9_]{0,59}")) {
                throw new IllegalArgumentException("versionTable '" + name + "' must be a plain table name:"
                        + " a letter or '_' then letters, digits or '_', at most 60 characters");
            }
            this.versionTable = name;
            return this;
        }

        /**
         * How long upgrade, downgrade and stamp wait for another process's migration lock; 5 minutes by
         * default. How long a revision's statements wait for a table's lock is {@link #ddlLockTimeout}.
         */
        public Builder lockTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative()) {
                throw new IllegalArgumentException("lockTimeout must be zero or positive, was " + timeout);
            }
            this.lockTimeout = timeout;
            return this;
        }

        /**
         * How long each statement of a revision waits for a table's lock per attempt (3 s by default;
         * zero: as long as the database lets it, and no retry). A statement that gives up is rolled back
         * with its revision, which is retried, so a migration never queues a table's readers for longer.
         */
        public Builder ddlLockTimeout(Duration timeout) {
            if (timeout == null || timeout.isNegative()) {
                throw new IllegalArgumentException("ddlLockTimeout must be zero or positive, was " + timeout);
            }
            this.ddlLockTimeout = timeout;
            return this;
        }

        /**
         * How long a revision whose statements time out on locks is retried, with jittered exponential
         * pauses, before {@link LockBudgetExhaustedException}; 60 s by default (zero: one attempt).
         */
        public Builder ddlLockBudget(Duration budget) {
            if (budget == null || budget.isNegative()) {
                throw new IllegalArgumentException("ddlLockBudget must be zero or positive, was " + budget);
            }
            this.ddlLockBudget = budget;
            return this;
        }

        /** The migrator; throws if the revisions are missing. */
        public Migrator build() {
            return new Migrator(this);
        }
    }
}
