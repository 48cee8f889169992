package io.strata.core.internal.boot;

import java.util.List;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;

/**
 * The booted models: Hibernate's boot model (the source of the neutral schema), its session
 * factory, and the classes found.
 *
 * @param metadata Hibernate's boot model
 * @param sessionFactory the session factory
 * @param classes the model classes found by scanning
 */
public record Models(Metadata metadata, SessionFactory sessionFactory, List<Class<?>> classes) {

    /** Closes the session factory. */
    public void close() {
        sessionFactory.close();
    }
}
