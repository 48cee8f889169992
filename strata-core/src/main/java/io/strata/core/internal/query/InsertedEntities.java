package io.strata.core.internal.query;

import java.util.concurrent.atomic.AtomicBoolean;

import org.hibernate.LockMode;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.ManagedEntity;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.internal.WrapVisitor;
import org.hibernate.event.spi.EventSource;
import org.hibernate.generator.Generator;
import org.hibernate.jpa.event.spi.CallbackType;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.CompositeType;
import org.hibernate.type.Type;

/**
 * Makes the row a stateless insert just wrote a managed entity of the caller's session. Where the inserted
 * instance holds every value of its row ({@link #stateKnownAfterInsert}), the instance itself is entered in
 * the session's persistence context, as Hibernate enters an instance it persisted, and no SELECT reads the
 * row back; otherwise the row is loaded by its key.
 */
final class InsertedEntities {

    private InsertedEntities() {
    }

    /**
     * Whether an instance of this entity, once inserted, holds every value a load of its row would give:
     * no value the database or a generator fills in besides the key (which the insert returns), no dynamic
     * insert leaving columns to their defaults, no formula, no collection the entity owns (an inverse one
     * is empty for a new row), no natural id to register, no post-load callback, and a mutable entity. An entity
     * enhanced at build time qualifies as a plain one does. Worked out once per entity.
     */
    static boolean stateKnownAfterInsert(EntityPersister persister) {
        if (persister.isDynamicInsert() || persister.hasInsertGeneratedProperties() || !persister.isMutable()
                || persister.hasNaturalIdentifier()
                || persister.getFactory().getEventEngine().getCallbackRegistry()
                        .hasRegisteredCallbacks(persister.getMappedClass(), CallbackType.POST_LOAD)) {
            return false;
        }
        for (Generator generator : persister.getGenerators()) {
            if (generator != null) {
                return false;
            }
        }
        AtomicBoolean formula = new AtomicBoolean();
        persister.forEachSelectable((index, selectable) -> formula.compareAndSet(false, selectable.isFormula()));
        if (formula.get()) {
            return false;
        }
        for (Type type : persister.getPropertyTypes()) {
            if (!known(type, persister, true)) {
                return false;
            }
        }
        return true;
    }

    /** Collections must be inverse; associations are checked per instance at the top level and refused in components. */
    private static boolean known(Type type, EntityPersister persister, boolean topLevel) {
        if (type instanceof CollectionType collection) {
            return persister.getFactory().getMappingMetamodel().getCollectionDescriptor(collection.getRole()).isInverse();
        }
        if (type instanceof CompositeType component) {
            for (Type sub : component.getSubtypes()) {
                if (!known(sub, persister, false)) {
                    return false;
                }
            }
            return true;
        }
        return topLevel || !type.isEntityType();
    }

    /**
     * The managed entity of the row just inserted from {@code inserted}: {@code inserted} itself where its state
     * is known and the session can take it as it is, else the row loaded by its key.
     */
    static <T> T manage(Session session, EntityModel<T> model, T inserted) {
        EntityPersister persister = model.persister();
        EventSource source = session.unwrap(EventSource.class);
        Object id = persister.getIdentifier(inserted, source);
        EntityKey key = source.generateEntityKey(id, persister);
        PersistenceContext context = source.getPersistenceContextInternal();
        if (!model.stateKnownAfterInsert() || source.isDefaultReadOnly() || context.getEntityHolder(key) != null
                || !associationsManaged(session, persister, inserted)) {
            return session.find(model.type(), id);
        }
        if (persister.hasCollections()) {
            // As persist does: the entity's plain collections become the session's, new and empty.
            new WrapVisitor(inserted, id, source).process(inserted, persister);
        }
        Object[] values = persister.getValues(inserted);
        Type[] types = persister.getPropertyTypes();
        Object[] loaded = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            loaded[i] = types[i].deepCopy(values[i], source.getFactory());
        }
        if (inserted instanceof SelfDirtinessTracker tracker) {
            // As persist does for an entity enhanced at build time: what it holds now is saved, not a change to write.
            tracker.$$_hibernate_clearDirtyAttributes();
        }
        if (inserted instanceof ManagedEntity managed) {
            managed.$$_hibernate_setUseTracker(true);
        }
        context.addEntity(inserted, Status.MANAGED, loaded, key, persister.isVersioned() ? persister.getVersion(inserted) : null,
                LockMode.WRITE, true, persister, false);
        return inserted;
    }

    /** Whether every entity the instance refers to is managed by the session (a load would give those instances). */
    private static boolean associationsManaged(Session session, EntityPersister persister, Object inserted) {
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < types.length; i++) {
            if (types[i].isEntityType()) {
                Object value = persister.getValue(inserted, i);
                if (value != null && !session.contains(value)) {
                    return false;
                }
            }
        }
        return true;
    }
}
