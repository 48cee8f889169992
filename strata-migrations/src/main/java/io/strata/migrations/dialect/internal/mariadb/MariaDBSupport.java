package io.strata.migrations.dialect.internal.mariadb;

import java.util.Set;

import io.strata.migrations.dialect.internal.AbstractDatabaseSupport;
import io.strata.migrations.diff.internal.Representation;
import io.strata.migrations.runner.internal.LockWaits;
import io.strata.migrations.runner.internal.RunProtocol;

/** MariaDB 10.7 and later (and MySQL, its alias), as the migrations see it. */
public final class MariaDBSupport extends AbstractDatabaseSupport {

    /** Called by {@link java.util.ServiceLoader}. */
    public MariaDBSupport() {
        super("MariaDB/MySQL", Set.of("mariadb", "mysql"), new MariaDBDialect(), new MariaDBInspector());
    }

    @Override
    public Set<String> aliases() {
        return Set.of("mysql");
    }

    /** The schema is the catalog (the database). */
    @Override
    public boolean metadataHasSchemas() {
        return false;
    }

    @Override
    public RunProtocol runProtocol(String versionTable) {
        return new MariaDBProtocol(versionTable);
    }

    @Override
    public Representation representation() {
        return MariaDBRepresentation::of;
    }

    @Override
    public LockWaits lockWaits() {
        return new MariaDBLockWaits();
    }

    @Override
    public io.strata.migrations.safety.SafetyAdvisor safetyAdvisor() {
        return MariaDBSafety.RULES;
    }

    /** InnoDB's estimate ({@code information_schema.tables.table_rows}): no scan of the table. */
    @Override
    public String rowCountQuery(String table) {
        return "SELECT table_rows FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '"
                + table.replace("'", "''") + "'";
    }

    @Override
    public io.strata.migrations.dialect.internal.ColumnCopies columnCopies() {
        return new MariaDBColumnCopies(dialect());
    }
}
