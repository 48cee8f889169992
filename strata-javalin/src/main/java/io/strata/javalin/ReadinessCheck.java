package io.strata.javalin;

import io.strata.core.Database;

/**
 * Decides whether the application may receive traffic; the readiness route answers 200 when it
 * says {@link Readiness#ready() ready} and 503 otherwise. The default is {@link Readiness#of(Database)}:
 * ready when the schema is at the latest revision.
 *
 * <pre>{@code
 * strata.readinessCheck(db -> cacheWarm ? Readiness.upToDate() : Readiness.noInfo());
 * }</pre>
 */
@FunctionalInterface
public interface ReadinessCheck {

    /**
     * The readiness of the application over {@code db}. It may throw: the route then answers 503 with
     * {@link io.strata.migrations.runner.DatabaseStatus#NO_INFO}, logging the exception but never showing it to the client.
     */
    Readiness check(Database db) throws Exception;
}
