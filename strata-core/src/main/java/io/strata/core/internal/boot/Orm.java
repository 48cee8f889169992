package io.strata.core.internal.boot;

import java.util.List;
import java.util.Map;

import io.strata.core.HibernateBoot;
import io.strata.core.internal.query.EntityModels;
import io.strata.core.internal.session.ScopedSessions;
import io.strata.core.internal.url.DatabaseUrl;

/**
 * The part of a database that exists only when it has models: the models as Hibernate mapped them, its
 * session factory (built when {@link HibernateBoot} says), what the query helpers know of each entity, and
 * the per-thread sessions. A database without models has none.
 *
 * @param models the mapped models (Hibernate's boot model)
 * @param sessionFactory the session factory, built once
 * @param entities the entities, for the query helpers
 * @param sessions the per-thread sessions and their transactions
 */
public record Orm(Models models, SessionFactoryStart sessionFactory, EntityModels entities, ScopedSessions sessions) {

    /**
     * Scans {@code packages}, maps them for Hibernate over the pool and builds the session factory when
     * {@code boot} says; with {@code validateSchema}, Hibernate also checks the live schema against the
     * models when it builds the session factory (needs the database).
     */
    public static Orm boot(DatabaseUrl url, ConnectionPool pool, List<String> modelPackages,
            Map<String, String> properties, ClassLoader classLoader, boolean validateSchema, HibernateBoot boot) {
        List<Class<?>> classes = EntityScanner.scan(modelPackages, classLoader);
        Models mapped = HibernateBootstrap.map(url.kind(), pool, classes, modelPackages, properties,
                classLoader, validateSchema);
        SessionFactoryStart factory = SessionFactoryStart.of(mapped, boot);
        return new Orm(mapped, factory, new EntityModels(factory, classes), new ScopedSessions(factory));
    }

    /** Closes the session factory (waiting for a build under way). */
    public void close() {
        sessionFactory.close();
    }
}
