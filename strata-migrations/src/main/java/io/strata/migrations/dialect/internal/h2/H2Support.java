package io.strata.migrations.dialect.internal.h2;

import java.util.Set;

import io.strata.migrations.dialect.internal.AbstractDatabaseSupport;
import io.strata.migrations.runner.internal.JvmLockProtocol;
import io.strata.migrations.runner.internal.LockWaits;
import io.strata.migrations.runner.internal.RunProtocol;

/**
 * H2 2.x, as the migrations see it. It keeps every fact the neutral model states, so its
 * representation is the model itself; its migration lock is an in-process one (a database file is
 * opened by one process at a time).
 */
public final class H2Support extends AbstractDatabaseSupport {

    /** Called by {@link java.util.ServiceLoader}. */
    public H2Support() {
        super("H2", Set.of("h2"), new H2Dialect(), new H2Inspector());
    }

    @Override
    public RunProtocol runProtocol(String versionTable) {
        return new JvmLockProtocol(versionTable, dialect().transactionalDdl());
    }

    @Override
    public LockWaits lockWaits() {
        return new H2LockWaits();
    }
}
