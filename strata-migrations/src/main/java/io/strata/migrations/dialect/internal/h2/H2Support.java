package io.strata.migrations.dialect.internal.h2;

import java.util.Map;
import java.util.Set;

import io.strata.migrations.dialect.internal.AbstractDatabaseSupport;
import io.strata.migrations.diff.internal.Representation;
import io.strata.migrations.runner.internal.JvmLockProtocol;
import io.strata.migrations.runner.internal.LockWaits;
import io.strata.migrations.runner.internal.RunProtocol;

/**
 * H2 2.x, as the migrations see it. It keeps every fact the neutral model states; only its check
 * conditions come back re-printed ({@code length} as {@code char_length}, casts added, operands
 * reordered). Its migration lock is an in-process one (a database file is opened by one process at a
 * time).
 */
public final class H2Support extends AbstractDatabaseSupport {

    /** H2's name for what a condition may call {@code length}. */
    private static final Map<String, String> CHECK_NAMES = Map.of("char_length", "length");

    /** Called by {@link java.util.ServiceLoader}. */
    public H2Support() {
        super("H2", Set.of("h2"), new H2Dialect(), new H2Inspector());
    }

    @Override
    public RunProtocol runProtocol(String versionTable) {
        return new JvmLockProtocol(versionTable, dialect().transactionalDdl());
    }

    @Override
    public Representation representation() {
        return table -> Representation.withCanonicalChecks(table, CHECK_NAMES);
    }

    @Override
    public LockWaits lockWaits() {
        return new H2LockWaits();
    }

    @Override
    public io.strata.migrations.safety.SafetyAdvisor safetyAdvisor() {
        return H2Safety.RULES;
    }
}
