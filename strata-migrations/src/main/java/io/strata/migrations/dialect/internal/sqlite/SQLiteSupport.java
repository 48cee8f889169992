package io.strata.migrations.dialect.internal.sqlite;

import java.util.Set;

import io.strata.migrations.dialect.internal.AbstractDatabaseSupport;
import io.strata.migrations.diff.internal.Representation;
import io.strata.migrations.runner.internal.LockWaits;
import io.strata.migrations.runner.internal.RunProtocol;
import io.strata.migrations.runner.internal.StepRenderer;
import io.strata.migrations.schema.ColumnType;

/** SQLite (3.35 and later), as the migrations see it. */
public final class SQLiteSupport extends AbstractDatabaseSupport {

    /** An auto-increment column is the rowid, declared {@code INTEGER} whatever its neutral width. */
    private static final Representation REPRESENTATION = t -> t.withColumns(t.columns().stream()
            .map(c -> c.autoIncrement() ? c.withType(ColumnType.integer()) : c).toList());

    /** Called by {@link java.util.ServiceLoader}. */
    public SQLiteSupport() {
        super("SQLite", Set.of("sqlite"), new SQLiteDialect(), new SQLiteInspector());
    }

    /** SQLite has no schemas. */
    @Override
    public boolean metadataHasSchemas() {
        return false;
    }

    @Override
    public RunProtocol runProtocol(String versionTable) {
        return new SQLiteProtocol();
    }

    @Override
    public StepRenderer stepRenderer() {
        return new SQLiteSteps((SQLiteDialect) dialect());
    }

    @Override
    public Representation representation() {
        return REPRESENTATION;
    }

    @Override
    public LockWaits lockWaits() {
        return new SQLiteLockWaits();
    }

    @Override
    public io.strata.migrations.safety.SafetyAdvisor safetyAdvisor() {
        return new SQLiteSafety((SQLiteDialect) dialect());
    }

    @Override
    public io.strata.migrations.dialect.internal.ColumnCopies columnCopies() {
        return new SQLiteColumnCopies(dialect());
    }
}
