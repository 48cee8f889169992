package io.strata.core.internal.boot;

import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;
import org.hibernate.boot.model.naming.ImplicitIndexNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.ImplicitUniqueKeyNameSource;

/**
 * Marks the constraint names Hibernate would invent, so the schema conversion can tell them from
 * names the developer chose ({@code @ForeignKey(name=…)}, {@code @Index(name=…)}) and replace them
 * with the naming convention's, computed from the physical table and column names.
 */
public final class ImplicitNames extends ImplicitNamingStrategyJpaCompliantImpl {

    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "strata_implicit_";
    private static final AtomicLong SEQUENCE = new AtomicLong();

    /** Whether Hibernate's name for a constraint was invented rather than chosen by the developer. */
    public static boolean isImplicit(String name) {
        return name == null || name.isEmpty() || name.startsWith(PREFIX);
    }

    @Override
    public Identifier determineForeignKeyName(ImplicitForeignKeyNameSource source) {
        return next(source.getUserProvidedIdentifier());
    }

    @Override
    public Identifier determineUniqueKeyName(ImplicitUniqueKeyNameSource source) {
        return next(source.getUserProvidedIdentifier());
    }

    @Override
    public Identifier determineIndexName(ImplicitIndexNameSource source) {
        return next(source.getUserProvidedIdentifier());
    }

    private static Identifier next(Identifier userProvided) {
        if (userProvided != null) {
            return userProvided;
        }
        return Identifier.toIdentifier(PREFIX + SEQUENCE.incrementAndGet());
    }
}
