package io.strata.core.internal.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import io.strata.core.ModelException;

/**
 * The open databases of this JVM, so a model class's static finder can reach the database that
 * manages it without being handed one.
 *
 * @param <D> the database type
 */
public final class OpenDatabases<D> {

    private final List<D> open = new CopyOnWriteArrayList<>();

    /** Records an opened database. */
    public void add(D database) {
        open.add(database);
    }

    /** Forgets a closed database. */
    public void remove(D database) {
        open.remove(database);
    }

    /** The single open database for which {@code manages} holds; a clear error for none or several. */
    public D single(Class<?> entity, Predicate<D> manages) {
        List<D> matching = open.stream().filter(manages).toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (matching.isEmpty()) {
            throw new ModelException("No open Database manages " + entity.getName() + ". Build one whose models"
                    + " package contains it (Database.builder().models(\"" + entity.getPackageName() + "\")...build())"
                    + " before using its finder, or bind the finder to a database with finder.on(db).");
        }
        throw new ModelException(matching.size() + " open Databases manage " + entity.getName()
                + "; the finder cannot choose. Bind it to one with finder.on(db).");
    }
}
