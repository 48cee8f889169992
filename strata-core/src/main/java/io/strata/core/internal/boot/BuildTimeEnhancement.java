package io.strata.core.internal.boot;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Transient;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.hibernate.mapping.PersistentClass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Models enhanced by Hibernate's bytecode enhancement at build time (its {@code hibernate-maven-plugin}'s
 * {@code enhance} goal, lazy initialization on, the default) are their own lazy proxies: Hibernate then needs no
 * runtime bytecode provider, and Strata gives it the one that generates nothing. Its session factory starts
 * without setting up Byte Buddy and generating a proxy class per entity (about half of the factory's build for
 * the bookstore's three entities).
 *
 * <p>Only where no entity could need a runtime proxy: every entity class enhanced for lazy loading, and none in
 * an inheritance hierarchy (Hibernate proxies an entity with subclasses even when enhanced). Anything else keeps
 * Hibernate's default. Without Byte Buddy, Hibernate reads and writes the entities' fields by reflection instead
 * of through accessor classes it would generate.
 */
final class BuildTimeEnhancement {

    private static final Logger LOG = LoggerFactory.getLogger(BuildTimeEnhancement.class);

    private BuildTimeEnhancement() {
    }

    /** Whether the scanned {@code classes} let Hibernate start without a runtime bytecode provider. */
    static boolean coversAll(List<Class<?>> classes) {
        List<Class<?>> entities = entities(classes);
        if (entities.isEmpty()) {
            return false;
        }
        List<String> plain = entities.stream().filter(c -> !PersistentAttributeInterceptable.class.isAssignableFrom(c))
                .map(Class::getName).toList();
        if (plain.size() == entities.size()) {
            return false;
        }
        if (!plain.isEmpty()) {
            LOG.debug("Hibernate keeps its runtime proxies: these entities were not enhanced at build time: {}", plain);
            return false;
        }
        for (Class<?> entity : entities) {
            if (hasEntitySuperclass(entity) || entities.stream().anyMatch(other -> other != entity && entity.isAssignableFrom(other))) {
                LOG.debug("Hibernate keeps its runtime proxies: {} is part of an entity hierarchy", entity.getName());
                return false;
            }
        }
        LOG.debug("The {} entities were enhanced at build time: Hibernate starts without a runtime bytecode provider",
                entities.size());
        return true;
    }

    /**
     * Warns of entities enhanced with Hibernate's dirty tracking (the plugin's default) that have public or
     * protected persistent fields: the enhanced class records only the changes its own code makes, so a value
     * another class writes to such a field directly is silently not saved.
     */
    static void warnOfUntrackedWrites(List<Class<?>> classes) {
        for (Class<?> entity : entities(classes)) {
            if (!SelfDirtinessTracker.class.isAssignableFrom(entity)) {
                continue;
            }
            List<String> open = new ArrayList<>();
            for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    // The enhancer turns private fields package-private: public and protected ones are what it kept.
                    if ((Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) && !Modifier.isStatic(modifiers)
                            && !Modifier.isTransient(modifiers)
                            && !field.isSynthetic() && !field.isAnnotationPresent(Transient.class)) {
                        open.add(field.getName());
                    }
                }
            }
            if (!open.isEmpty()) {
                LOG.warn("{} is enhanced with Hibernate's dirty tracking and has public or protected fields {}: a value another"
                        + " class writes to one of them directly is not saved (the enhanced class records only the"
                        + " changes its own code makes). Make the fields private and change them through the entity's"
                        + " methods, or build with <enableDirtyTracking>false</enableDirtyTracking> in"
                        + " hibernate-maven-plugin's configuration.", entity.getName(), open);
            }
        }
    }

    /** Whether Hibernate's mapping of the models confirms it: no entity it would proxy at runtime. */
    static boolean confirmedBy(Metadata metadata) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity.getRootClass() != entity || entity.hasSubclasses() || entity.getMappedClass() == null
                    || !PersistentAttributeInterceptable.class.isAssignableFrom(entity.getMappedClass())) {
                return false;
            }
        }
        return true;
    }

    /** Gives Hibernate the bytecode provider that generates nothing, instead of Byte Buddy's. */
    static void apply(StandardServiceRegistryBuilder services) {
        services.addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
    }

    private static List<Class<?>> entities(List<Class<?>> classes) {
        return classes.stream().filter(c -> c.isAnnotationPresent(Entity.class)).toList();
    }

    private static boolean hasEntitySuperclass(Class<?> entity) {
        for (Class<?> c = entity.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class)) {
                return true;
            }
        }
        return false;
    }
}
