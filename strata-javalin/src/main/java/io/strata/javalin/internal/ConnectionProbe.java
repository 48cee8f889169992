package io.strata.javalin.internal;

import java.sql.Connection;

import io.strata.core.Database;
import io.strata.javalin.Readiness;
import io.strata.javalin.ReadinessCheck;

/**
 * Readiness as "a pooled connection answers": {@link Readiness#upToDate()} when it does, else
 * {@link Readiness#noInfo()}. The stand-in until the core reports the schema status; the wait is
 * bounded by {@link HealthRoutes}.
 */
public final class ConnectionProbe implements ReadinessCheck {

    private static final int VALID_TIMEOUT_SECONDS = 2;

    /** Creates the probe. */
    public ConnectionProbe() {
    }

    @Override
    public Readiness check(Database db) {
        try (Connection connection = db.dataSource().getConnection()) {
            return connection.isValid(VALID_TIMEOUT_SECONDS) ? Readiness.upToDate() : Readiness.noInfo();
        } catch (Exception e) {
            return Readiness.noInfo();
        }
    }
}
