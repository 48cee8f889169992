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
    public LockWaits lockWaits() {
        return new PostgreSQLLockWaits();
    }

    @Override
    public io.strata.migrations.safety.SafetyAdvisor safetyAdvisor() {
        return PostgreSQLSafety.RULES;
    }
}
