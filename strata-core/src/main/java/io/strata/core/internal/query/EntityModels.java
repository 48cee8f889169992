package io.strata.core.internal.query;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import io.strata.core.ModelException;

/** The {@link EntityModel}s of one database's model classes. */
public final class EntityModels {

    private final Supplier<SessionFactory> factory;
    private final List<Class<?>> classes;
    private final Map<Class<?>, EntityModel<?>> models = new ConcurrentHashMap<>();

    /** Models for the entities of a session factory, which is asked for only when a model is first needed. */
    public EntityModels(Supplier<SessionFactory> factory, List<Class<?>> classes) {
        this.factory = factory;
        this.classes = List.copyOf(classes);
    }

    /** Whether {@code type} is one of this database's entity classes. */
    public boolean manages(Class<?> type) {
        return classes.contains(type) && type.isAnnotationPresent(jakarta.persistence.Entity.class);
    }

    /** The model of an entity class; a clear error when it is not one of the models. */
    @SuppressWarnings("unchecked")
    public <T> EntityModel<T> of(Class<T> type) {
        EntityModel<?> known = models.get(type);
        if (known != null) {
            return (EntityModel<T>) known;
        }
        if (!manages(type)) {
            throw new ModelException(type.getName() + " is not an entity of this Database. Its entities are "
                    + classes.stream().filter(c -> c.isAnnotationPresent(jakarta.persistence.Entity.class))
                            .map(Class::getSimpleName).toList()
                    + "; put the class in a models package and annotate it with @Entity.");
        }
        return (EntityModel<T>) models.computeIfAbsent(type, t -> EntityModel.of(t, factory.get().unwrap(SessionFactoryImplementor.class)));
    }
}
