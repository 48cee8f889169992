package io.strata.migrations.dialect.internal.postgresql;

import java.util.Set;

import io.strata.migrations.dialect.internal.AbstractDatabaseSupport;
import io.strata.migrations.diff.internal.Representation;
import io.strata.migrations.runner.internal.LockWaits;
import io.strata.migrations.runner.internal.RunProtocol;
import io.strata.migrations.schema.ColumnType;

/** PostgreSQL (15 and later), as the migrations see it. */
public final class PostgreSQLSupport extends AbstractDatabaseSupport {

    /** {@code bytea} has no length, so {@code binary(n)} reads back as {@code blob}. */
    private static final Representation REPRESENTATION = t -> t.withColumns(t.columns().stream()
            .map(c -> c.type().kind() == ColumnType.Kind.BINARY ? c.withType(ColumnType.blob()) : c).toList());

    /** Called by {@link java.util.ServiceLoader}. */
    public PostgreSQLSupport() {
        super("PostgreSQL", Set.of("postgresql"), new PostgreSQLDialect(), new PostgreSQLInspector());
    }

    @Override
    public RunProtocol runProtocol(String versionTable) {
        return new PostgreSQLProtocol(versionTable);
    }

    @Override
    public Representation representation() {
        return REPRESENTATION;
    }

    @Override
    public io.strata.migrations.runner.internal.OutsideTransaction outsideTransaction() {
        return new PostgreSQLOutsideTransaction((PostgreSQLDialect) dialect());
    }

    @Override
    public String offlineBackfill(io.strata.migrations.operations.Backfill op) {
        return "a DO block walks " + op.table() + " by primary key in batches of " + op.batchSize() + " rows, committing"
                + " each (so it must not run inside a transaction block). Stopped half-way, it cannot resume: run again,"
                + " it starts from the first key (rows its condition excludes are skipped). Run the migration online"
                + " (without --sql) for batches that resume where a stopped run left off";
    }

    @Override
    public LockWaits lockWaits() {
        return new PostgreSQLLockWaits();
    }

    @Override
    public io.strata.migrations.safety.SafetyAdvisor safetyAdvisor() {
        return PostgreSQLSafety.RULES;
    }

    /**
     * The planner's estimate ({@code pg_class.reltuples}, -1 until the table is first analysed), or the
     * statistics' live rows ({@code pg_stat_user_tables.n_live_tup}) where greater: no scan of the table.
     */
    @Override
    public String rowCountQuery(String table) {
        return "SELECT GREATEST(c.reltuples, COALESCE(s.n_live_tup, 0))::bigint FROM pg_class c"
                + " LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid WHERE c.oid = to_regclass('"
                + dialect().quote(table).replace("'", "''") + "')";
    }

    @Override
    public io.strata.migrations.dialect.internal.ColumnCopies columnCopies() {
        return new PostgreSQLColumnCopies(dialect());
    }
}
