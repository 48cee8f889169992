package io.strata.core.internal.boot;

import java.util.List;
import java.util.Map;

import io.strata.core.internal.query.EntityModels;
import io.strata.core.internal.session.ScopedSessions;
import io.strata.core.internal.url.DatabaseUrl;

/**
 * The part of a database that exists only when it has models: Hibernate booted over them, what the
 * query helpers know of each entity, and the per-thread sessions. A database without models has none.
 *
 * @param models the booted models (boot model and session factory)
 * @param entities the entities, for the query helpers
 * @param sessions the per-thread sessions and their transactions
 */
public record Orm(Models models, EntityModels entities, ScopedSessions sessions) {

    /**
     * Scans {@code packages} and boots Hibernate over the pool; with {@code validateSchema}, Hibernate
     * also checks the live schema against the models (needs the database).
     */
    public static Orm boot(DatabaseUrl url, ConnectionPool pool, List<String> modelPackages,
            Map<String, String> properties, ClassLoader classLoader, boolean validateSchema) {
        List<Class<?>> classes = EntityScanner.scan(modelPackages, classLoader);
        Models booted = HibernateBootstrap.boot(url.kind(), pool, classes, modelPackages, properties,
                classLoader, validateSchema);
        try {
            return new Orm(booted, new EntityModels(booted.sessionFactory(), classes),
                    new ScopedSessions(booted.sessionFactory()));
        } catch (RuntimeException e) {
            booted.close();
            throw e;
        }
    }

    /** Closes the session factory. */
    public void close() {
        models.close();
    }
}
