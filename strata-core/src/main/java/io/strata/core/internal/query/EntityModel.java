package io.strata.core.internal.query;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;

import io.strata.core.ModelException;
import io.strata.core.UnknownAttributeException;

/**
 * What the helpers need of one entity class: its attribute names (to validate filters), how to
 * make an instance and set attributes, the query for a filter shape ({@link FilterQuery}, cached), and
 * whether an inserted instance can be managed without reading its row back ({@link InsertedEntities}).
 */
public final class EntityModel<T> {

    private final Class<T> type;
    private final EntityPersister persister;
    private final List<String> attributes;
    private final Constructor<T> constructor;
    private final Map<FilterQuery.Shape, FilterQuery> queriesByShape = new ConcurrentHashMap<>();
    private final boolean stateKnownAfterInsert;
    private final boolean skipsConflicts;

    private EntityModel(Class<T> type, EntityPersister persister) {
        this.type = type;
        this.persister = persister;
        List<String> names = new ArrayList<>();
        if (persister.getIdentifierPropertyName() != null) {
            names.add(persister.getIdentifierPropertyName());
        }
        names.addAll(List.of(persister.getPropertyNames()));
        this.attributes = List.copyOf(names);
        this.stateKnownAfterInsert = InsertedEntities.stateKnownAfterInsert(persister);
        this.skipsConflicts = ConflictSkippingInsert.supports(persister);
        try {
            this.constructor = type.getDeclaredConstructor();
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ModelException(type.getName() + " has no no-argument constructor, which JPA requires of"
                    + " entities; add one (it may be protected).", e);
        }
    }

    /** The model of {@code type} in this session factory. */
    static <T> EntityModel<T> of(Class<T> type, SessionFactoryImplementor factory) {
        return new EntityModel<>(type, factory.getMappingMetamodel().getEntityDescriptor(type));
    }

    /** The entity class. */
    public Class<T> type() {
        return type;
    }

    /** Hibernate's persister of the entity. */
    EntityPersister persister() {
        return persister;
    }

    /** Whether its insert can skip a row a unique constraint refuses ({@link ConflictSkippingInsert#supports}). */
    boolean skipsConflicts() {
        return skipsConflicts;
    }

    /** Whether an inserted instance holds every value of its row ({@link InsertedEntities#stateKnownAfterInsert}). */
    boolean stateKnownAfterInsert() {
        return stateKnownAfterInsert;
    }

    /** The attribute names, identifier first. */
    public List<String> attributes() {
        return attributes;
    }

    /** Throws {@link UnknownAttributeException} for any key that is not an attribute. */
    public void validate(Map<String, ?> values) {
        for (String key : values.keySet()) {
            if (!attributes.contains(key)) {
                throw new UnknownAttributeException(type, key, attributes);
            }
        }
    }

    /** A new instance with these attribute values (later maps override earlier ones). */
    @SafeVarargs
    public final T newInstance(Map<String, ?>... valueMaps) {
        T instance;
        try {
            instance = constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ModelException("Cannot instantiate " + type.getName() + ": " + e.getMessage(), e);
        }
        for (Map<String, ?> values : valueMaps) {
            apply(instance, values);
        }
        return instance;
    }

    /** Sets the attributes of an instance (a managed instance is then updated on flush). */
    public void apply(T instance, Map<String, ?> values) {
        values.forEach((name, value) -> {
            if (name.equals(persister.getIdentifierPropertyName())) {
                persister.setIdentifier(instance, value, null);
            } else {
                persister.setValue(instance, persister.getPropertyIndex(name), value);
            }
        });
    }

    /** The query selecting the entities matching a filter of this shape (attribute names validated). */
    FilterQuery filterQuery(Map<String, ?> filter) {
        FilterQuery.Shape shape = FilterQuery.Shape.of(filter);
        FilterQuery query = queriesByShape.get(shape);
        return query != null ? query
                : queriesByShape.computeIfAbsent(shape.frozen(), s -> FilterQuery.of(persister.getEntityName(), s));
    }

    /** The filter sorted by attribute name (a stable text for the same filter). */
    public static Map<String, ?> ordered(Map<String, ?> filter) {
        return new TreeMap<>(filter);
    }
}
