package io.strata.core;

import java.util.Map;
import java.util.Optional;

/**
 * The helpers of {@link Database}, reachable from the model class, as {@code User.get_or_create(...)}
 * is in Python:
 *
 * <pre>{@code
 * @Entity
 * public class User {
 *     public static final Finder<User> FIND = Finder.of(User.class);
 *     ...
 * }
 * var result = User.FIND.getOrCreate(Map.of("name", "ada"));
 * }</pre>
 *
 * An unbound finder uses the one open {@link Database} whose models include the class; bind one
 * explicitly with {@link #on(Database)} when several are open.
 *
 * @param <T> the entity type
 */
public final class Finder<T> {

    private final Class<T> type;
    private final Database database;

    private Finder(Class<T> type, Database database) {
        this.type = type;
        this.database = database;
    }

    /** A finder for {@code type} that finds its database when used. */
    public static <T> Finder<T> of(Class<T> type) {
        return new Finder<>(type, null);
    }

    /** This finder, bound to one database. */
    public Finder<T> on(Database db) {
        return new Finder<>(type, db);
    }

    /** See {@link Database#getByPk}. */
    public Optional<T> getByPk(Object id) {
        return db().getByPk(type, id);
    }

    /** See {@link Database#getOne}. */
    public T getOne(Map<String, ?> filter) {
        return db().getOne(type, filter);
    }

    /** See {@link Database#findOne}. */
    public Optional<T> findOne(Map<String, ?> filter) {
        return db().findOne(type, filter);
    }

    /** See {@link Database#getOrCreate(Class, Map)}. */
    public GetOrCreateResult<T> getOrCreate(Map<String, ?> filter) {
        return db().getOrCreate(type, filter);
    }

    /** See {@link Database#getOrCreate(Class, Map, Map)}. */
    public GetOrCreateResult<T> getOrCreate(Map<String, ?> filter, Map<String, ?> defaults) {
        return db().getOrCreate(type, filter, defaults);
    }

    /** See {@link Database#updateOrCreate(Class, Map, Map, Map)}. */
    public GetOrCreateResult<T> updateOrCreate(Map<String, ?> filter, Map<String, ?> defaults, Map<String, ?> createDefaults) {
        return db().updateOrCreate(type, filter, defaults, createDefaults);
    }

    /** See {@link Database#updateOrCreate(Class, Map, Map)}. */
    public GetOrCreateResult<T> updateOrCreate(Map<String, ?> filter, Map<String, ?> defaults) {
        return db().updateOrCreate(type, filter, defaults);
    }

    private Database db() {
        return database != null ? database : Database.forEntity(type);
    }

    @Override
    public String toString() {
        return "Finder[" + type.getSimpleName() + (database == null ? "" : " on " + database) + "]";
    }
}
