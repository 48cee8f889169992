package io.strata.core.internal.boot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementException;

import io.strata.core.DatabaseUnreachableException;
import io.strata.core.ModelException;
import io.strata.core.internal.database.DatabaseType;
import io.strata.migrations.dialect.Dialect;
import io.strata.migrations.dialect.Dialects;

/**
 * Builds Hibernate from scanned model classes without {@code persistence.xml} and without touching
 * the database: the dialect and its version are given, so start-up works while the database is down.
 */
public final class HibernateBootstrap {

    static {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    private static final String ALLOW_METADATA_ACCESS = "hibernate.boot.allow_jdbc_metadata_access";

    private HibernateBootstrap() {
    }

    /** The Hibernate settings Strata chooses for a database, before the user's engine properties. */
    static Map<String, Object> defaults(DatabaseType type) {
        Map<String, Object> settings = new HashMap<>();
        Optional<Dialect> dialect = type.migrationsDialect().map(Dialects::byName);
        if (dialect.isPresent()) {
            settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new SnakeCaseNames(dialect.get()::isReservedWord));
        } else {
            settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new SnakeCaseNames(word -> false));
            settings.put(AvailableSettings.KEYWORD_AUTO_QUOTING_ENABLED, "true");
        }
        settings.put(AvailableSettings.HBM2DDL_AUTO, "none");
        settings.put("hibernate.column_ordering_strategy", "legacy");
        type.hibernate().ifPresent(hibernate -> {
            // The database's version is assumed, not read: start-up needs no connection.
            if (hibernate.dialect() != null) {
                settings.put(AvailableSettings.DIALECT, hibernate.dialect());
            }
            settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, hibernate.productName());
            settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION, hibernate.minimumVersion());
            settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, hibernate.majorVersion());
            settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, hibernate.minorVersion());
            settings.put(ALLOW_METADATA_ACCESS, "false");
            settings.putAll(hibernate.properties());
        });
        return settings;
    }

    /**
     * Hibernate's boot model of the classes alone, handed to {@code use} and then released: no
     * session factory, no connection. For tools that need only the models' schema.
     */
    public static <R> R withMetadata(DatabaseType kind, List<Class<?>> classes, Function<Metadata, R> use) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(defaults(kind)).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.getMetadataBuilder().applyImplicitNamingStrategy(new ImplicitNames()).build();
            IdGenerationCheck.verify(metadata);
            return use.apply(metadata);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * Maps the models for Hibernate over the pool, without building the session factory
     * ({@link #sessionFactory}); mapping errors become {@link ModelException}s that keep Hibernate's
     * message and name the packages. With {@code validateSchema}, the session factory will run
     * Hibernate's {@code hbm2ddl.auto=validate} with JDBC metadata access (so it reads this database's own
     * tables, not a same-named one elsewhere on the server) and fail on a mismatch with its message.
     */
    public static Models map(DatabaseType kind, DataSource dataSource, List<Class<?>> classes, List<String> packages,
            Map<String, String> engineProperties, ClassLoader loader, boolean validateSchema) {
        Map<String, Object> settings = defaults(kind);
        engineProperties.forEach((k, v) -> {
            if (!k.startsWith(ConnectionPool.HIKARI_PREFIX)) {
                settings.put(k, v);
            }
        });
        settings.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
        if (validateSchema) {
            // Validation reads the database anyway: Hibernate learns its version and current catalog from it.
            settings.put(AvailableSettings.HBM2DDL_AUTO, "validate");
            settings.put(ALLOW_METADATA_ACCESS, "true");
            List.of(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, AvailableSettings.JAKARTA_HBM2DDL_DB_VERSION,
                    AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION)
                    .forEach(settings::remove);
        }
        BuildTimeEnhancement.warnOfUntrackedWrites(classes);
        Models models = map(classes, packages, settings, loader, BuildTimeEnhancement.coversAll(classes));
        if (models != null) {
            return models;
        }
        // Hibernate's mapping found an entity it would proxy at runtime after all: map again with Byte Buddy.
        return map(classes, packages, settings, loader, false);
    }

    /** The mapped models; {@code null} where {@code enhanced} was assumed and Hibernate's mapping disagrees. */
    private static Models map(List<Class<?>> classes, List<String> packages, Map<String, Object> settings,
            ClassLoader loader, boolean enhanced) {
        // Hibernate loads the models by name too: it must see the class loader they were found in.
        var bootstrap = new org.hibernate.boot.registry.BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistryBuilder services = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings);
        if (enhanced) {
            BuildTimeEnhancement.apply(services);
        }
        StandardServiceRegistry registry = services.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.getMetadataBuilder().applyImplicitNamingStrategy(new ImplicitNames()).build();
            IdGenerationCheck.verify(metadata);
            if (enhanced && !BuildTimeEnhancement.confirmedBy(metadata)) {
                StandardServiceRegistryBuilder.destroy(registry);
                return null;
            }
            return new Models(metadata, classes, packages, () -> StandardServiceRegistryBuilder.destroy(registry));
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw translated(e, packages);
        }
    }

    /**
     * Builds the session factory of mapped models (which then owns their service registry, or releases it
     * when the build fails); errors as {@link #map}'s, and a mismatch found by {@code validateSchema}.
     */
    public static SessionFactory sessionFactory(Models models) {
        try {
            return models.metadata().buildSessionFactory();
        } catch (RuntimeException e) {
            models.release();
            throw translated(e, models.packages());
        }
    }

    private static RuntimeException translated(RuntimeException e, List<String> packages) {
        if (e instanceof ModelException) {
            return e;
        }
        DatabaseUnreachableException unreachable = causeOf(e, DatabaseUnreachableException.class);
        if (unreachable != null) {
            return unreachable;
        }
        SchemaManagementException mismatch = causeOf(e, SchemaManagementException.class);
        if (mismatch != null) {
            return new ModelException("The database does not match the models in " + packages + " (validateSchema is"
                    + " on): " + mismatch.getMessage() + ". Upgrade the database to the revisions' head (db upgrade),"
                    + " or generate a revision for the models' change (db migrate) and apply it.", e);
        }
        return new ModelException("Hibernate rejected the models in " + packages + ": " + e.getMessage()
                + " (fix the entity or mapping named in this message; the cause has Hibernate's details)", e);
    }

    /** The first exception of this type in the chain (validation wraps the pool's and its own errors). */
    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
