package io.strata.core.internal.boot;

import java.util.List;

import org.hibernate.boot.Metadata;

/**
 * The models as Hibernate mapped them: its boot model (the source of the neutral schema), before any
 * session factory is built from it ({@link HibernateBootstrap#sessionFactory}).
 *
 * @param metadata Hibernate's boot model
 * @param classes the model classes found by scanning
 * @param packages the models packages, for messages
 * @param releaseServices releases Hibernate's services (a session factory built from the models takes them over)
 */
public record Models(Metadata metadata, List<Class<?>> classes, List<String> packages, Runnable releaseServices) {

    /** Releases Hibernate's services when no session factory was built, or its build failed. */
    void release() {
        releaseServices.run();
    }
}
